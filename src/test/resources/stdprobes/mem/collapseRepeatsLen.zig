const std = @import("std");

pub fn main() void {
    var s = "a//b///c".*;
    std.debug.print("slashes: {}\n", .{std.mem.collapseRepeatsLen(u8, &s, '/')});
    std.debug.print("buffer now: {s}\n", .{s});
    var e = [_]u8{};
    std.debug.print("empty: {}\n", .{std.mem.collapseRepeatsLen(u8, &e, 'x')});
    var n = "aaa".*;
    std.debug.print("all same: {}\n", .{std.mem.collapseRepeatsLen(u8, &n, 'a')});
}
