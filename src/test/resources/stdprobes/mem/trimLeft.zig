const std = @import("std");

pub fn main() void {
    std.debug.print("[{s}]\n", .{std.mem.trimLeft(u8, "  foo\n ", " \n")});
    std.debug.print("[{s}]\n", .{std.mem.trimLeft(u8, "foo", " ")});
    std.debug.print("[{s}]\n", .{std.mem.trimLeft(u8, "   ", " ")});
    std.debug.print("[{s}]\n", .{std.mem.trimLeft(u8, "xxa", "")});
}
