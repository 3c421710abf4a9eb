const std = @import("std");

fn byLen(_: void, a: []const u8, b: []const u8) bool {
    return a.len < b.len;
}

pub fn main() void {
    std.debug.print("ints: {?}\n", .{std.sort.max(i32, &[_]i32{ 4, -2, 9, -2, 9 }, {}, std.sort.asc(i32))});
    std.debug.print("desc order: {?}\n", .{std.sort.max(i32, &[_]i32{ 4, -2, 9 }, {}, std.sort.desc(i32))});
    std.debug.print("one: {?}\n", .{std.sort.max(u8, "z", {}, std.sort.asc(u8))});
    std.debug.print("empty: {?}\n", .{std.sort.max(i32, &[_]i32{}, {}, std.sort.asc(i32))});
    const words = [_][]const u8{ "ccc", "a", "bb", "d" };
    std.debug.print("by len: {?s}\n", .{std.sort.max([]const u8, &words, {}, byLen)});
}
