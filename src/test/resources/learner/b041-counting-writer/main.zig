const std = @import("std");

const Row = struct { key: []const u8, value: i64 };

fn render(writer: anytype, rows: []const Row) !void {
    for (rows) |r| try writer.print("{s}={d};", .{ r.key, r.value });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const rows = [_]Row{
        .{ .key = "width", .value = 640 },
        .{ .key = "height", .value = 480 },
        .{ .key = "depth", .value = -24 },
    };

    var counter = std.io.countingWriter(std.io.null_writer);
    try render(counter.writer(), &rows);
    std.debug.print("rendered size: {d} bytes\n", .{counter.bytes_written});

    const out = try allocator.alloc(u8, counter.bytes_written);
    defer allocator.free(out);
    var fbs = std.io.fixedBufferStream(out);
    try render(fbs.writer(), &rows);
    std.debug.print("exact fit: {s} (pos {d} of {d})\n", .{ out, fbs.pos, out.len });

    var list = std.ArrayList(u8).init(allocator);
    defer list.deinit();
    var counting_list = std.io.countingWriter(list.writer());
    const w = counting_list.writer();
    try w.writeAll("header\n");
    const before = counting_list.bytes_written;
    try render(w, rows[0..2]);
    std.debug.print("header {d} bytes, body {d} bytes, list len {d}\n", .{ before, counting_list.bytes_written - before, list.items.len });

    try std.io.null_writer.print("this {s} goes nowhere {d}\n", .{ "text", 42 });
    std.debug.print("null_writer accepted the text\n", .{});
}
