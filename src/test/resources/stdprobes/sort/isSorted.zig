const std = @import("std");

pub fn main() void {
    std.debug.print("asc sorted: {}\n", .{std.sort.isSorted(i32, &[_]i32{ 1, 2, 2, 5 }, {}, std.sort.asc(i32))});
    std.debug.print("asc unsorted: {}\n", .{std.sort.isSorted(i32, &[_]i32{ 1, 3, 2 }, {}, std.sort.asc(i32))});
    std.debug.print("desc: {}\n", .{std.sort.isSorted(i32, &[_]i32{ 5, 5, 1 }, {}, std.sort.desc(i32))});
    std.debug.print("empty: {}\n", .{std.sort.isSorted(i32, &[_]i32{}, {}, std.sort.asc(i32))});
    std.debug.print("one: {}\n", .{std.sort.isSorted(u8, "x", {}, std.sort.asc(u8))});
}
