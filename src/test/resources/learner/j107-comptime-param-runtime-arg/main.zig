const std = @import("std");

fn repeatChar(comptime c: u8, comptime n: usize) [n]u8 {
    return [_]u8{c} ** n;
}

pub fn main() void {
    const line = repeatChar('=', 10);
    std.debug.print("{s}\n", .{&line});
    var width: usize = 20;
    width += 5;
    const wide = repeatChar('-', width);
    std.debug.print("{s}\n", .{&wide});
}
