const std = @import("std");

const B = std.BoundedArray(i32, 5);

fn show(label: []const u8, b: *const B) void {
    std.debug.print("{s}: {any} len {d}\n", .{ label, b.constSlice(), b.len });
}

pub fn main() !void {
    const b = try B.fromSlice(&.{ 7, 8, 9 });
    std.debug.print("0: {d}\n", .{b.get(0)});
    std.debug.print("2: {d}\n", .{b.get(2)});
}
