const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("f64 2: {d:.6}\n", .{math.sqrt(@as(f64, 2.0))});
    std.debug.print("f32 16: {d}\n", .{math.sqrt(@as(f32, 16.0))});
    std.debug.print("int 17: {}\n", .{math.sqrt(@as(u32, 17))});
    std.debug.print("neg: {d}\n", .{math.sqrt(@as(f64, -1.0))});
    std.debug.print("int type: {}\n", .{@TypeOf(math.sqrt(@as(u32, 17)))});
}
