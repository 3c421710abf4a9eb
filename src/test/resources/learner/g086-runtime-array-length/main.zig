const std = @import("std");

fn makeLine(n: usize) void {
    var buf: [n]u8 = undefined;
    @memset(&buf, '-');
    std.debug.print("{s}\n", .{&buf});
}

pub fn main() void {
    makeLine(10);
}
