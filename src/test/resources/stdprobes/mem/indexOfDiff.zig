const std = @import("std");

pub fn main() void {
    std.debug.print("equal: {?}\n", .{std.mem.indexOfDiff(u8, "one", "one")});
    std.debug.print("longer: {?}\n", .{std.mem.indexOfDiff(u8, "one two", "one")});
    std.debug.print("differ: {?}\n", .{std.mem.indexOfDiff(u8, "one twx", "one two")});
    std.debug.print("first: {?}\n", .{std.mem.indexOfDiff(u8, "xne", "one")});
    std.debug.print("empty: {?}\n", .{std.mem.indexOfDiff(u8, "", "")});
}
