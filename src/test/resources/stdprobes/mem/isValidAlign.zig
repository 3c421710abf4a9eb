const std = @import("std");

pub fn main() void {
    std.debug.print("0: {}\n", .{std.mem.isValidAlign(0)});
    std.debug.print("1: {}\n", .{std.mem.isValidAlign(1)});
    std.debug.print("8: {}\n", .{std.mem.isValidAlign(8)});
    std.debug.print("12: {}\n", .{std.mem.isValidAlign(12)});
}
