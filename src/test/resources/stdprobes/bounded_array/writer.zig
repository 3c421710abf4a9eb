const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = std.BoundedArray(u8, 8){};
    const w = b.writer();
    try w.print("{d}+{d}", .{ 1, 2 });
    std.debug.print("text: {s}\n", .{b.slice()});
    w.writeAll("abcdef") catch |e| std.debug.print("overflow: {s}\n", .{@errorName(e)});
    std.debug.print("after: {s} len {d}\n", .{ b.slice(), b.len });
}
