const std = @import("std");

pub fn main() void {
    var b: [4]u8 = undefined;
    std.mem.writeInt(u32, &b, 0x12345678, .big);
    std.debug.print("big: {any}\n", .{b});
    std.mem.writeInt(u32, &b, 0x12345678, .little);
    std.debug.print("little: {any}\n", .{b});
    std.mem.writeInt(i16, b[0..2], -2, .big);
    std.debug.print("i16: {any}\n", .{b});
}
