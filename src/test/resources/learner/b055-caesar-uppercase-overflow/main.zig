const std = @import("std");

fn rotate(c: u8, shift: u8) u8 {
    if (c == ' ' or c == ',' or c == '!') return c;
    return 'a' + (c - 'a' + shift) % 26;
}

fn encode(buf: []u8, text: []const u8, shift: u8) []u8 {
    for (text, 0..) |c, i| buf[i] = rotate(c, shift);
    return buf[0..text.len];
}

pub fn main() void {
    var buf: [64]u8 = undefined;
    const messages = [_][]const u8{ "hello, world!", "zebra crossing", "Attack at dawn" };
    for (messages) |m| {
        std.debug.print("{s} -> {s}\n", .{ m, encode(&buf, m, 3) });
    }
}
