const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8,u16: {}\n", .{math.Min(u8, u16)});
    std.debug.print("u32,u4: {}\n", .{math.Min(u32, u4)});
    std.debug.print("i8,i16: {}\n", .{math.Min(i8, i16)});
    std.debug.print("f32,f64: {}\n", .{math.Min(f32, f64)});
}
