const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8: {}\n", .{math.Log2Int(u8)});
    std.debug.print("u32: {}\n", .{math.Log2Int(u32)});
    std.debug.print("u9: {}\n", .{math.Log2Int(u9)});
    std.debug.print("usize: {}\n", .{math.Log2Int(usize)});
}
