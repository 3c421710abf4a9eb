const std = @import("std");

pub fn main() void {
    std.debug.print("u32: {any}\n", .{std.mem.toBytes(@as(u32, 0x11223344))});
    std.debug.print("i16 -2: {any}\n", .{std.mem.toBytes(@as(i16, -2))});
    std.debug.print("f32 1.0: {any}\n", .{std.mem.toBytes(@as(f32, 1.0))});
    std.debug.print("u0: {}\n", .{std.mem.toBytes(@as(u0, 0)).len});
}
