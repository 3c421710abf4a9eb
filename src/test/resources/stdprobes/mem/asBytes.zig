const std = @import("std");

pub fn main() void {
    const x: u32 = 0x11223344;
    std.debug.print("u32: {any}\n", .{std.mem.asBytes(&x).*});
    const S = extern struct { a: u8, b: u16 };
    const s = S{ .a = 1, .b = 0x0302 };
    std.debug.print("extern struct: len {}\n", .{std.mem.asBytes(&s).len});
    var y: u16 = 0;
    std.mem.asBytes(&y)[1] = 0xff;
    std.debug.print("write through: {x}\n", .{y});
    const arr = [_]u16{ 1, 2 };
    std.debug.print("array: {any}\n", .{std.mem.asBytes(&arr).*});
}
