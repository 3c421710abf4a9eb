const std = @import("std");
fn parse(s: []const u8) !u32 {
    return std.fmt.parseInt(u32, s, 10);
}
pub fn main() void {
    const v = try parse("12");
    std.debug.print("{d}\n", .{v});
}
