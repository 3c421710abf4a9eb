const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    const b = try B.fromSlice(&.{ 1, 2, 3 });
    std.debug.print("2 more: {any}\n", .{b.ensureUnusedCapacity(2)});
    std.debug.print("3 more: {any}\n", .{b.ensureUnusedCapacity(3)});
    std.debug.print("0 more: {any}\n", .{b.ensureUnusedCapacity(0)});
}
