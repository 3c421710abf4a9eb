const std = @import("std");

pub fn main() void {
    std.debug.print("[{s}]\n", .{std.mem.trim(u8, "  foo\n ", " \n")});
    std.debug.print("[{s}]\n", .{std.mem.trim(u8, "foo", " ")});
    std.debug.print("[{s}]\n", .{std.mem.trim(u8, "\t\t", "\t")});
    std.debug.print("[{s}]\n", .{std.mem.trim(u8, "--a-b--", "-")});
    std.debug.print("{any}\n", .{std.mem.trim(i32, &[_]i32{ 0, 1, 0, 2, 0 }, &[_]i32{0})});
}
