const std = @import("std");

pub fn main() void {
    std.debug.print("found: {?}\n", .{std.mem.indexOfScalar(u8, "hello", 'l')});
    std.debug.print("absent: {?}\n", .{std.mem.indexOfScalar(u8, "hello", 'z')});
    std.debug.print("empty: {?}\n", .{std.mem.indexOfScalar(u8, "", 'a')});
    std.debug.print("ints: {?}\n", .{std.mem.indexOfScalar(i32, &[_]i32{ 4, -2, -2 }, -2)});
}
