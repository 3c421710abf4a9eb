const std = @import("std");

fn writeReport(writer: anytype, name: []const u8, scores: []const u32) !void {
    try writer.print("{s}: ", .{name});
    for (scores, 0..) |s, i| {
        if (i > 0) try writer.writeAll(", ");
        try writer.print("{d}", .{s});
    }
    try writer.writeByte('\n');
}

pub fn main() !void {
    var buf: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();

    try writeReport(w, "ada", &.{ 90, 85, 77 });
    try writeReport(w, "bob", &.{60});
    std.debug.print("written {d} bytes:\n{s}", .{ fbs.getWritten().len, fbs.getWritten() });
    std.debug.print("pos={d}\n", .{fbs.pos});

    fbs.reset();
    try w.print("{s}-{d:0>3}", .{ "ticket", 7 });
    std.debug.print("after reset: '{s}'\n", .{fbs.getWritten()});

    var tiny: [10]u8 = undefined;
    var small = std.io.fixedBufferStream(&tiny);
    writeReport(small.writer(), "charlotte", &.{ 1, 2, 3 }) catch |err| {
        std.debug.print("tiny buffer: {s}, kept '{s}'\n", .{ @errorName(err), small.getWritten() });
    };

    var line_buf: [32]u8 = undefined;
    var lines = std.io.fixedBufferStream(&line_buf);
    for (0..3) |i| {
        lines.reset();
        try lines.writer().print("line {d} of {d}", .{ i + 1, 3 });
        std.debug.print("[{s}]\n", .{lines.getWritten()});
    }
}
