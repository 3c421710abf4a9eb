const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{ 1, 5 });
    try b.insertSlice(1, &.{ 2, 3 });
    show("middle", &b);
    b.insertSlice(0, &.{ 8, 9 }) catch |e| std.debug.print("too many: {s}\n", .{@errorName(e)});
    try b.insertSlice(4, &.{6});
    show("end", &b);
}
