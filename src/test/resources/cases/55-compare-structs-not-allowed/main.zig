const std = @import("std");
pub fn main() void {
    const P = struct { x: u8 }; const a = P{ .x = 1 }; std.debug.print("{}\n", .{a == a});
}
