const std = @import("std");

pub fn main() void {
    var a = [_]i32{ 5, -1, 3, 3, 0, 9, 2 };
    std.mem.sortUnstable(i32, &a, {}, std.sort.asc(i32));
    std.debug.print("asc: {any}\n", .{a});
    std.mem.sortUnstable(i32, &a, {}, std.sort.desc(i32));
    std.debug.print("desc: {any}\n", .{a});
    var s = [_][]const u8{ "pear", "apple", "fig" };
    std.mem.sortUnstable([]const u8, &s, {}, struct {
        fn lt(_: void, x: []const u8, y: []const u8) bool {
            return std.mem.lessThan(u8, x, y);
        }
    }.lt);
    std.debug.print("strings: {s}\n", .{s});
}
