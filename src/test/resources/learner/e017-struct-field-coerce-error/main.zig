const std = @import("std");
const P = struct { name: []const u8, n: u8 };
pub fn main() void {
    var k: u32 = 300;
    _ = &k;
    const p = P{ .name = "x", .n = k };
    std.debug.print("{any}\n", .{p});
}
