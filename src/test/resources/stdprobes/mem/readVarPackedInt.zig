const std = @import("std");

pub fn main() void {
    const b = [_]u8{ 0b1011_0110, 0b0000_0001 };
    std.debug.print("u8 off 0 n 4: {}\n", .{std.mem.readVarPackedInt(u8, &b, 0, 4, .little, .unsigned)});
    std.debug.print("i8 off 0 n 4: {}\n", .{std.mem.readVarPackedInt(i8, &b, 0, 4, .little, .signed)});
    std.debug.print("u16 off 4 n 8: {}\n", .{std.mem.readVarPackedInt(u16, &b, 4, 8, .little, .unsigned)});
    std.debug.print("big u16 off 0 n 9: {}\n", .{std.mem.readVarPackedInt(u16, &b, 0, 9, .big, .unsigned)});
}
