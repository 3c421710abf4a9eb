const std = @import("std");

fn shiftChar(c: u8, k: u8) u8 {
    return switch (c) {
        'a'...'z' => 'a' + (c - 'a' + k) % 26,
        'A'...'Z' => 'A' + (c - 'A' + k) % 26,
        else => c,
    };
}

fn caesar(buf: []u8, text: []const u8, key: i32) []u8 {
    const k: u8 = @intCast(@mod(key, 26));
    for (text, 0..) |c, i| buf[i] = shiftChar(c, k);
    return buf[0..text.len];
}

pub fn main() void {
    var buf: [64]u8 = undefined;
    const msg = "Hello, Zig World!";
    const enc = caesar(&buf, msg, 3);
    std.debug.print("{s}\n", .{enc});
    var buf2: [64]u8 = undefined;
    std.debug.print("{s}\n", .{caesar(&buf2, enc, -3)});
    const rot = caesar(&buf2, msg, 13);
    std.debug.print("rot13: {s}\n", .{rot});
    std.debug.print("twice: {s}\n", .{caesar(&buf, rot, 13)});
    // brute force
    var key: i32 = 1;
    while (key <= 3) : (key += 1) {
        var tmp: [64]u8 = undefined;
        std.debug.print("key {d}: {s}\n", .{ key, caesar(&tmp, "Wkh", -key) });
    }
    const c: u8 = 'z';
    std.debug.print("{c}\n", .{c + 200});
}
