const std = @import("std");

pub fn main() void {
    std.debug.print("9 by 8: {}\n", .{std.mem.alignBackward(usize, 9, 8)});
    std.debug.print("8 by 8: {}\n", .{std.mem.alignBackward(usize, 8, 8)});
    std.debug.print("31 by 16: {}\n", .{std.mem.alignBackward(u32, 31, 16)});
    std.debug.print("3 by 4: {}\n", .{std.mem.alignBackward(usize, 3, 4)});
}
