const std = @import("std");
pub fn main() void {
    std.debug.print("{u}\n", .{@as(i8, -128)});
}
