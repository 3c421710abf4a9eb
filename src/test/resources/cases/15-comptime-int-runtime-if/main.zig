const std = @import("std");
pub fn main() void {
    var r: bool = true;
    _ = &r;
    const x = if (r) 1 else 2;
    std.debug.print("{d}\n", .{x});
}
