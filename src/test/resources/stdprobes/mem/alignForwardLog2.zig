const std = @import("std");

pub fn main() void {
    std.debug.print("1 log2 3: {}\n", .{std.mem.alignForwardLog2(1, 3)});
    std.debug.print("16 log2 4: {}\n", .{std.mem.alignForwardLog2(16, 4)});
    std.debug.print("5 log2 0: {}\n", .{std.mem.alignForwardLog2(5, 0)});
    std.debug.print("0 log2 5: {}\n", .{std.mem.alignForwardLog2(0, 5)});
}
