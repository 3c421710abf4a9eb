const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{ 1, 3 });
    try b.insert(1, 2);
    try b.insert(0, 0);
    try b.insert(4, 4);
    show("inserted", &b);
    b.insert(0, 9) catch |e| std.debug.print("full: {s}\n", .{@errorName(e)});
    var c = B{};
    c.insert(1, 9) catch |e| std.debug.print("past end: {s}\n", .{@errorName(e)});
}
