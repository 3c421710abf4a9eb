const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("base 2 of 1024: {}\n", .{math.log_int(u32, 2, 1024)});
    std.debug.print("base 3 of 80: {}\n", .{math.log_int(u32, 3, 80)});
    std.debug.print("base 10 of 1: {}\n", .{math.log_int(u64, 10, 1)});
    std.debug.print("type: {}\n", .{@TypeOf(math.log_int(u32, 2, 8))});
}
