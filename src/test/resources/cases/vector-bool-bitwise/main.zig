const std = @import("std");
pub fn main() void {
    const text: @Vector(5, u8) = "Hi Zg".*;
    const upper = (text >= @as(@Vector(5, u8), @splat('A'))) & (text <= @as(@Vector(5, u8), @splat('Z')));
    std.debug.print("{any}\n", .{upper});
}
