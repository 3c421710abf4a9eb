const std = @import("std");

pub fn main() void {
    std.debug.print("16 by 8: {}\n", .{std.mem.isAligned(16, 8)});
    std.debug.print("12 by 8: {}\n", .{std.mem.isAligned(12, 8)});
    std.debug.print("0 by 4: {}\n", .{std.mem.isAligned(0, 4)});
    std.debug.print("5 by 1: {}\n", .{std.mem.isAligned(5, 1)});
}
