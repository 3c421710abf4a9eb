const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{ 1, 2, 3, 4 });
    try b.replaceRange(1, 2, &.{ 20, 30 });
    show("same", &b);
    try b.replaceRange(0, 1, &.{ 7, 7 });
    show("grow", &b);
    try b.replaceRange(1, 3, &.{});
    show("shrink", &b);
    b.replaceRange(0, 1, &.{ 1, 2, 3, 4, 5, 6 }) catch |e| std.debug.print("overflow: {s}\n", .{@errorName(e)});
}
