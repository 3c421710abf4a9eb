const std = @import("std");

fn cmp(target: i32, item: i32) std.math.Order {
    return std.math.order(target, item);
}

pub fn main() void {
    const items = [_]i32{ -5, 0, 3, 3, 8, 13 };
    std.debug.print("8: {?}\n", .{std.sort.binarySearch(i32, &items, @as(i32, 8), cmp)});
    std.debug.print("-5: {?}\n", .{std.sort.binarySearch(i32, &items, @as(i32, -5), cmp)});
    std.debug.print("4: {?}\n", .{std.sort.binarySearch(i32, &items, @as(i32, 4), cmp)});
    std.debug.print("3: {?}\n", .{std.sort.binarySearch(i32, &items, @as(i32, 3), cmp)});
    std.debug.print("empty: {?}\n", .{std.sort.binarySearch(i32, &[_]i32{}, @as(i32, 1), cmp)});
}
