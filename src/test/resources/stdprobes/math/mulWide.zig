const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8 255*255: {}\n", .{math.mulWide(u8, 255, 255)});
    std.debug.print("i8 -128*-128: {}\n", .{math.mulWide(i8, -128, -128)});
    std.debug.print("u32: {}\n", .{math.mulWide(u32, 4000000000, 3)});
    std.debug.print("type: {}\n", .{@TypeOf(math.mulWide(u16, 1, 1))});
}
