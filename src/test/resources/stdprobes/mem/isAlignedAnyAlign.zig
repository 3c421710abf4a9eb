const std = @import("std");

pub fn main() void {
    std.debug.print("15 by 5: {}\n", .{std.mem.isAlignedAnyAlign(15, 5)});
    std.debug.print("16 by 5: {}\n", .{std.mem.isAlignedAnyAlign(16, 5)});
    std.debug.print("16 by 8: {}\n", .{std.mem.isAlignedAnyAlign(16, 8)});
    std.debug.print("0 by 7: {}\n", .{std.mem.isAlignedAnyAlign(0, 7)});
}
