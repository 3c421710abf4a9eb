const std = @import("std");
pub fn main() void {
    const p: [*]const u8 = "abcdef";
    std.debug.print("{c}{c}\n", .{p[6], p[5]});
    const q: [*]const u8 = "ab";
    std.debug.print("{c}\n", .{q[7]});
}
