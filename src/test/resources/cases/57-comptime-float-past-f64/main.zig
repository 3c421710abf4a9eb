const std = @import("std");
pub fn main() void {
    std.debug.print("{d}\n", .{1e309});
    std.debug.print("{e}\n", .{1.5e300 * 1e10});
}
