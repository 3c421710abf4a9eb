const std = @import("std");

pub fn main() void {
    std.debug.print("abcd<bee: {}\n", .{std.mem.lessThan(u8, "abcd", "bee")});
    std.debug.print("abc<abc: {}\n", .{std.mem.lessThan(u8, "abc", "abc")});
    std.debug.print("abc<abc0: {}\n", .{std.mem.lessThan(u8, "abc", "abc0")});
    std.debug.print("empty<a: {}\n", .{std.mem.lessThan(u8, "", "a")});
    std.debug.print("ints: {}\n", .{std.mem.lessThan(i8, &[_]i8{-1}, &[_]i8{0})});
}
