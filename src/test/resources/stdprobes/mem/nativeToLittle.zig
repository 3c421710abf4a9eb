const std = @import("std");

pub fn main() void {
    std.debug.print("u16: {x}\n", .{std.mem.nativeToLittle(u16, 0x1234)});
    std.debug.print("i32: {}\n", .{std.mem.nativeToLittle(i32, -2)});
}
