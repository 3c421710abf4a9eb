const std = @import("std");

fn shout(s: []u8) void {
    for (s) |*c| c.* = std.ascii.toUpper(c.*);
}

pub fn main() void {
    var word: []u8 = "hello";
    shout(word);
    std.debug.print("{s}\n", .{word});
}
