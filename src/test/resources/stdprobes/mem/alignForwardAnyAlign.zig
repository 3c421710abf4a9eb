const std = @import("std");

pub fn main() void {
    std.debug.print("13 by 5: {}\n", .{std.mem.alignForwardAnyAlign(usize, 13, 5)});
    std.debug.print("15 by 5: {}\n", .{std.mem.alignForwardAnyAlign(usize, 15, 5)});
    std.debug.print("13 by 8: {}\n", .{std.mem.alignForwardAnyAlign(usize, 13, 8)});
    std.debug.print("0 by 3: {}\n", .{std.mem.alignForwardAnyAlign(u32, 0, 3)});
}
