const std = @import("std");

pub fn main() void {
    std.debug.print("16 log2 4: {}\n", .{std.mem.isAlignedLog2(16, 4)});
    std.debug.print("16 log2 5: {}\n", .{std.mem.isAlignedLog2(16, 5)});
    std.debug.print("7 log2 0: {}\n", .{std.mem.isAlignedLog2(7, 0)});
    std.debug.print("0 log2 6: {}\n", .{std.mem.isAlignedLog2(0, 6)});
}
