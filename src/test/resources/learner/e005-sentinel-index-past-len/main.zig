const std = @import("std");
pub fn main() void {
    var buf = [_:0]u8{ 'x', 'y' };
    const t: [:0]u8 = &buf;
    var i: usize = 3;
    _ = &i;
    std.debug.print("{d}\n", .{t[i]});
}
