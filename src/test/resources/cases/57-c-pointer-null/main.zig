const std = @import("std");
pub fn main() void {
    var x: u32 = 5;
    var c: [*c]u32 = &x;
    std.debug.print("{} {}\n", .{ c != null, c == null });
    c = null;
    std.debug.print("{} {}\n", .{ c != null, null == c });
}
