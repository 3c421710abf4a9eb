const std = @import("std");
const testing = std.testing;

fn shiftChar(c: u8, shift: u8) u8 {
    if (std.ascii.isLower(c)) return 'a' + (c - 'a' + shift) % 26;
    if (std.ascii.isUpper(c)) return 'A' + (c - 'A' + shift) % 26;
    return c;
}

fn encrypt(allocator: std.mem.Allocator, text: []const u8, shift: u8) ![]u8 {
    const out = try allocator.alloc(u8, text.len);
    for (text, out) |c, *o| o.* = shiftChar(c, shift % 26);
    return out;
}

fn decrypt(allocator: std.mem.Allocator, text: []const u8, shift: u8) ![]u8 {
    return encrypt(allocator, text, 26 - shift % 26);
}

test "shift by three" {
    const enc = try encrypt(testing.allocator, "Hello, World!", 3);
    defer testing.allocator.free(enc);
    try testing.expectEqualStrings("Khoor, Zruog!", enc);
}

test "wraps around the alphabet" {
    const enc = try encrypt(testing.allocator, "xyz XYZ", 4);
    defer testing.allocator.free(enc);
    try testing.expectEqualStrings("bcd BCD", enc);
}

test "round trip for every shift" {
    const msg = "Attack at dawn, 5 AM.";
    var shift: u8 = 0;
    while (shift < 30) : (shift += 1) {
        const enc = try encrypt(testing.allocator, msg, shift);
        defer testing.allocator.free(enc);
        const dec = try decrypt(testing.allocator, enc, shift);
        defer testing.allocator.free(dec);
        try testing.expectEqualStrings(msg, dec);
    }
}

test "rot13 twice is identity" {
    const once = try encrypt(testing.allocator, "Why did the chicken cross the road?", 13);
    defer testing.allocator.free(once);
    const twice = try encrypt(testing.allocator, once, 13);
    defer testing.allocator.free(twice);
    try testing.expectEqualStrings("Jul qvq gur puvpxra pebff gur ebnq?", once);
    try testing.expectEqualStrings("Why did the chicken cross the road?", twice);
}
