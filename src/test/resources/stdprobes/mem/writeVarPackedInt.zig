const std = @import("std");

pub fn main() void {
    var b = [_]u8{ 0, 0, 0 };
    std.mem.writeVarPackedInt(&b, 3, 7, @as(u64, 0x7f), .little);
    std.debug.print("7 bits off 3: {any}\n", .{b});
    std.mem.writeVarPackedInt(&b, 0, 12, @as(i32, -1), .little);
    std.debug.print("-1 in 12 bits: {any}\n", .{b});
    std.mem.writeVarPackedInt(&b, 0, 16, @as(u16, 0xabcd), .big);
    std.debug.print("big 16: {any}\n", .{b});
}
