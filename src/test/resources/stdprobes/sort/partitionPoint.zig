const std = @import("std");

fn lessThan(limit: i32, item: i32) bool {
    return item < limit;
}

pub fn main() void {
    const items = [_]i32{ 1, 3, 5, 7, 9 };
    std.debug.print("<6: {}\n", .{std.sort.partitionPoint(i32, &items, @as(i32, 6), lessThan)});
    std.debug.print("<0: {}\n", .{std.sort.partitionPoint(i32, &items, @as(i32, 0), lessThan)});
    std.debug.print("<100: {}\n", .{std.sort.partitionPoint(i32, &items, @as(i32, 100), lessThan)});
    std.debug.print("empty: {}\n", .{std.sort.partitionPoint(i32, &[_]i32{}, @as(i32, 1), lessThan)});
}
