const std = @import("std");

fn writeReport(w: anytype, title: []const u8, values: []const f32) !void {
    try w.print("# {s}\n", .{title});
    for (values, 1..) |v, i| try std.fmt.format(w, "{d:>2}: {d:>7.3}\n", .{ i, v });
    try w.writeAll("--\n");
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var out = std.ArrayList(u8).init(gpa.allocator());
    defer out.deinit();
    const vals = [_]f32{ 1.5, -2.25, 100, 0.001 };
    try writeReport(out.writer(), "temps", &vals);
    std.debug.print("{s}", .{out.items});

    var counting = std.io.countingWriter(std.io.null_writer);
    try writeReport(counting.writer(), "temps", &vals);
    std.debug.print("would write {d} bytes (buffer has {d})\n", .{ counting.bytes_written, out.items.len });

    var small: [24]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&small);
    writeReport(fbs.writer(), "temps", &vals) catch |err| {
        std.debug.print("fixed buffer: {s} after {d} bytes: [{s}]\n", .{ @errorName(err), fbs.pos, fbs.getWritten() });
    };
    const s = try std.fmt.allocPrint(gpa.allocator(), "{s}|{s}", .{ out.items[0..7], out.items[out.items.len - 3 ..] });
    defer gpa.allocator().free(s);
    std.debug.print("{s}\n", .{s});
    const count = std.fmt.count("{d}-{s}", .{ 12345, "abc" });
    std.debug.print("count {d}\n", .{count});
    var tiny: [4]u8 = undefined;
    _ = try std.fmt.bufPrint(&tiny, "{d}", .{count * 1000});
}
