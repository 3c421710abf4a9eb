const std = @import("std");
const W = union { a: u8, b: u16 };
pub fn main() void {
    var x: W = undefined;
    x.a = 1;
    std.debug.print("{}\n", .{x.a});
}
