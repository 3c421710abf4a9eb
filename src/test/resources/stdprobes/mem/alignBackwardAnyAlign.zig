const std = @import("std");

pub fn main() void {
    std.debug.print("13 by 5: {}\n", .{std.mem.alignBackwardAnyAlign(usize, 13, 5)});
    std.debug.print("15 by 5: {}\n", .{std.mem.alignBackwardAnyAlign(usize, 15, 5)});
    std.debug.print("13 by 8: {}\n", .{std.mem.alignBackwardAnyAlign(usize, 13, 8)});
    std.debug.print("2 by 3: {}\n", .{std.mem.alignBackwardAnyAlign(u32, 2, 3)});
}
