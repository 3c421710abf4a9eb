const std = @import("std");
const testing = std.testing;

const Kind = enum(u2) { data, ack, nack, reset };

const Header = packed struct {
    version: u3,
    kind: Kind,
    urgent: bool,
    hops: i4,
    length: u6,
};

fn encode(h: Header) u16 {
    return @bitCast(h);
}

fn decode(word: u16) Header {
    return @bitCast(word);
}

test "layout" {
    try testing.expectEqual(16, @bitSizeOf(Header));
    try testing.expectEqual(2, @sizeOf(Header));
    try testing.expectEqual(3, @bitOffsetOf(Header, "kind"));
    try testing.expectEqual(10, @bitOffsetOf(Header, "length"));
}

test "round trip" {
    const h = Header{ .version = 5, .kind = .nack, .urgent = true, .hops = -2, .length = 42 };
    const w = encode(h);
    try testing.expectEqual(@as(u16, 0b101010_1110_1_10_101), w);
    try testing.expectEqual(h, decode(w));
}

test "signed field wraps around" {
    var h = decode(0);
    h.hops -%= 1;
    try testing.expectEqual(@as(i4, -1), h.hops);
    try testing.expectEqual(Kind.data, h.kind);
    h.kind = .reset;
    try testing.expectEqual(@as(u16, 0b1111_0_11_000), encode(h));
}

test "mismatch is reported" {
    const a = Header{ .version = 1, .kind = .ack, .urgent = false, .hops = 0, .length = 3 };
    var b = a;
    b.length += 1;
    try testing.expectEqual(a, b);
}
