const std = @import("std");

const Report = struct {
    title: []const u8,
    lines: []const []const u8,

    fn render(self: Report, writer: anytype) !void {
        try writer.print("# {s}\n", .{self.title});
        for (self.lines, 1..) |l, i| try writer.print("{d:>2}. {s}\n", .{ i, l });
        try writer.writeAll("--\n");
        try writer.writeByteNTimes('=', 10);
        try writer.writeByte('\n');
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    const out = std.io.getStdOut().writer();
    const r = Report{ .title = "Todo", .lines = &.{ "write tests", "fix bugs", "ship" } };

    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    try r.render(fbs.writer());
    try out.print("fixed buffer holds {d} bytes:\n{s}", .{ fbs.pos, fbs.getWritten() });

    var list = std.ArrayList(u8).init(allocator);
    defer list.deinit();
    try r.render(list.writer());
    try out.print("list len {d}, equal {}\n", .{ list.items.len, std.mem.eql(u8, list.items, fbs.getWritten()) });

    var counting = std.io.countingWriter(std.io.null_writer);
    try r.render(counting.writer());
    try out.print("counted {d}\n", .{counting.bytes_written});

    var tiny: [16]u8 = undefined;
    var small = std.io.fixedBufferStream(&tiny);
    r.render(small.writer()) catch |err| {
        try out.print("tiny stream: {s} after {d} bytes: \"{s}\"\n", .{ @errorName(err), small.pos, small.getWritten() });
    };
    fbs.reset();
    try fbs.writer().print("{d}-{d}", .{ 1, 2 });
    try out.print("after reset: {s}\n", .{fbs.getWritten()});
    const owned = try list.toOwnedSlice();
    defer allocator.free(owned);
    try out.print("owned {d}, list now {d}\n", .{ owned.len, list.items.len });
}
