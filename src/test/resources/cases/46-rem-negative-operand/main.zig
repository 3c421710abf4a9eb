const std = @import("std");
pub fn main() void {
    const a: i32 = 7;
    std.debug.print("{}\n", .{a % -2});
}
