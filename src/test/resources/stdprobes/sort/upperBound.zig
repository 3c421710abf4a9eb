const std = @import("std");

fn cmp(target: i32, item: i32) std.math.Order {
    return std.math.order(target, item);
}

pub fn main() void {
    const items = [_]i32{ 1, 2, 2, 2, 5, 8 };
    std.debug.print("2: {}\n", .{std.sort.upperBound(i32, &items, @as(i32, 2), cmp)});
    std.debug.print("3: {}\n", .{std.sort.upperBound(i32, &items, @as(i32, 3), cmp)});
    std.debug.print("0: {}\n", .{std.sort.upperBound(i32, &items, @as(i32, 0), cmp)});
    std.debug.print("9: {}\n", .{std.sort.upperBound(i32, &items, @as(i32, 9), cmp)});
    std.debug.print("empty: {}\n", .{std.sort.upperBound(i32, &[_]i32{}, @as(i32, 1), cmp)});
}
