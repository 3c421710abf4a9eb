const std = @import("std");
pub fn main() void {
    var words = [_]u32{ 1, 2, 3, 4 };
    const same: []u32 = @ptrCast(&words);
    same[1] = 20;
    std.debug.print("{any} {d}\n", .{ same, same.len });
    var buf = [_]u8{ 'h', 'i', 0, 'x' };
    const z: [:0]const u8 = @ptrCast(buf[0..2]);
    std.debug.print("{s} {d} {d}\n", .{ z, z.len, z[z.len] });
}
