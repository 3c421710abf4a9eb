const std = @import("std");

fn total(comptime T: type, items: []const T) T {
    switch (@typeInfo(T)) {
        .int, .float => {},
        else => @compileError("total() needs numbers, got " ++ @typeName(T)),
    }
    var sum: T = 0;
    for (items) |x| sum += x;
    return sum;
}

pub fn main() void {
    const prices = [_]f64{ 2.5, 10, 0.25 };
    const counts = [_]u16{ 3, 4, 5 };
    std.debug.print("prices {d}, counts {d}\n", .{ total(f64, &prices), total(u16, &counts) });

    const names = [_][]const u8{ "tea", "cake" };
    std.debug.print("names {any}\n", .{total([]const u8, &names)});
}
