const std = @import("std");
pub fn main() void {
    const a: @Vector(2, u8) = .{ 1, 255 };
    const b = a + a;
    std.debug.print("{any}\n", .{b});
}
