const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    var b = try B.fromSlice(&.{ 1, 2, 3 });
    try b.resize(1);
    show("to 1", &b);
    try b.resize(5);
    std.debug.print("to 5 len: {d}\n", .{b.len});
    b.resize(6) catch |e| std.debug.print("to 6: {s}\n", .{@errorName(e)});
}
