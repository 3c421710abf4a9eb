const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1: {}\n", .{math.log2_int(u32, 1)});
    std.debug.print("1000: {}\n", .{math.log2_int(u32, 1000)});
    std.debug.print("1024: {}\n", .{math.log2_int(u32, 1024)});
    std.debug.print("type: {}\n", .{@TypeOf(math.log2_int(u32, 2))});
}
