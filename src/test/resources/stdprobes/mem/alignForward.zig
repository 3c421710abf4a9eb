const std = @import("std");

pub fn main() void {
    std.debug.print("1 by 8: {}\n", .{std.mem.alignForward(usize, 1, 8)});
    std.debug.print("8 by 8: {}\n", .{std.mem.alignForward(usize, 8, 8)});
    std.debug.print("17 by 16: {}\n", .{std.mem.alignForward(u32, 17, 16)});
    std.debug.print("0 by 4: {}\n", .{std.mem.alignForward(usize, 0, 4)});
    std.debug.print("5 by 1: {}\n", .{std.mem.alignForward(u8, 5, 1)});
}
