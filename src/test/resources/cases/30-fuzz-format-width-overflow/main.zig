const std = @import("std");
pub fn main() void {
    std.debug.print("{d:99999999999999999999}\n", .{1});
}
