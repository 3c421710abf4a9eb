const std = @import("std");

fn shout(s: []u8) void {
    for (s) |*c| c.* = std.ascii.toUpper(c.*);
}

pub fn main() void {
    const msg = "hello";
    shout(msg);
    std.debug.print("{s}\n", .{msg});
}
