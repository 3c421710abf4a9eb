const std = @import("std");

fn maxOf(comptime T: type, items: []const T) T {
    switch (@typeInfo(T)) {
        .int, .float => {},
        else => @compileError("maxOf needs numbers, got " ++ @typeName(T)),
    }
    var best = items[0];
    for (items[1..]) |x| {
        if (x > best) best = x;
    }
    return best;
}

pub fn main() void {
    std.debug.print("{d}\n", .{maxOf(u8, &.{ 3, 9, 2 })});
    std.debug.print("{d}\n", .{maxOf(f32, &.{ -1.5, -0.25 })});
    std.debug.print("{s}\n", .{maxOf([]const u8, &.{ "b", "a" })});
}
