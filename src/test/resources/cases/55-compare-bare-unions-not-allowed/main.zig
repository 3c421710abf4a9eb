const std = @import("std");
const U = union { a: u8, b: u16 };
pub fn main() void {
    const x = U{ .a = 1 };
    std.debug.print("{}\n", .{x == x});
}
