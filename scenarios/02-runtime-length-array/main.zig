const std = @import("std");

fn readUserInput() usize {
    return 5; // imagine this came from the keyboard
}

pub fn main() !void {
    const n = readUserInput();
    var buffer: [n]u8 = undefined;
    for (&buffer, 0..) |*b, i| b.* = @intCast('a' + i);
    std.debug.print("{s}\n", .{&buffer});
}
