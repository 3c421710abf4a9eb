const std = @import("std");
const testing = std.testing;
const unicode = std.unicode;

fn encodeAll(allocator: std.mem.Allocator, cps: []const u21) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    var buf: [4]u8 = undefined;
    for (cps) |cp| {
        const n = try unicode.utf8Encode(cp, &buf);
        try out.appendSlice(buf[0..n]);
    }
    return out.toOwnedSlice();
}

test "sequence length from the first byte" {
    try testing.expectEqual(@as(u3, 1), try unicode.utf8ByteSequenceLength('a'));
    try testing.expectEqual(@as(u3, 2), try unicode.utf8ByteSequenceLength("é"[0]));
    try testing.expectEqual(@as(u3, 3), try unicode.utf8ByteSequenceLength("€"[0]));
    try testing.expectEqual(@as(u3, 4), try unicode.utf8ByteSequenceLength("🦎"[0]));
    try testing.expectError(error.Utf8InvalidStartByte, unicode.utf8ByteSequenceLength(0x80));
}

test "decode code points" {
    try testing.expectEqual(@as(u21, 'A'), try unicode.utf8Decode("A"));
    try testing.expectEqual(@as(u21, 0xe9), try unicode.utf8Decode("é"));
    try testing.expectEqual(@as(u21, 0x20ac), try unicode.utf8Decode("€"));
    try testing.expectEqual(@as(u21, 0x1f98e), try unicode.utf8Decode("🦎"));
}

test "encode and round trip" {
    const s = try encodeAll(testing.allocator, &.{ 'Z', 0xfc, 'r', 0x20ac, 0x1f98e });
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("Zür€🦎", s);
    try testing.expectEqual(@as(usize, 11), s.len);
    try testing.expectEqual(@as(usize, 5), try unicode.utf8CountCodepoints(s));
}

test "encode errors" {
    var buf: [4]u8 = undefined;
    try testing.expectError(error.CodepointTooLarge, unicode.utf8Encode(0x110000, &buf));
    try testing.expectError(error.Utf8CannotEncodeSurrogateHalf, unicode.utf8Encode(0xd800, &buf));
}

test "validate slices" {
    try testing.expect(unicode.utf8ValidateSlice("plain ascii"));
    try testing.expect(unicode.utf8ValidateSlice("grüße, 世界"));
    try testing.expect(!unicode.utf8ValidateSlice("cut \xe2\x82"));
    try testing.expect(!unicode.utf8ValidateSlice("\xc0\xaf overlong"));
    try testing.expect(!unicode.utf8ValidateSlice("stray \x80 byte"));
}
