const std = @import("std");
pub fn main() void {
    var a: usize = 3;
    _ = &a;
    const e = switch (a) {
        0 => @as(u8, 3),
        else => 1000,
    };
    std.debug.print("{d}\n", .{e});
}
