const std = @import("std");
const testing = std.testing;

const Flags = packed struct(u16) {
    carry: bool = false,
    zero: bool = false,
    interrupt: bool = false,
    decimal: bool = false,
    mode: u2 = 0,
    bank: u4 = 0,
    reserved: u6 = 0,
};

fn setFromByte(hi: u8, lo: u8) Flags {
    return @bitCast((@as(u16, hi) << 8) | lo);
}

test "sizes" {
    try testing.expectEqual(@as(usize, 2), @sizeOf(Flags));
    try testing.expectEqual(@as(usize, 16), @bitSizeOf(Flags));
    try testing.expectEqual(@as(usize, 6), @bitOffsetOf(Flags, "bank"));
}

test "round trip through u16" {
    const f = Flags{ .zero = true, .mode = 2, .bank = 9 };
    const raw: u16 = @bitCast(f);
    try testing.expectEqual(@as(u16, 0b0000_0010_0110_0010), raw);
    const back: Flags = @bitCast(raw);
    try testing.expectEqual(f, back);
}

test "decode bytes" {
    const f = setFromByte(0x01, 0b1100_0101);
    try testing.expect(f.carry);
    try testing.expect(!f.zero);
    try testing.expect(f.interrupt);
    try testing.expectEqual(@as(u2, 0), f.mode);
    try testing.expectEqual(@as(u4, 0b0111), f.bank);
}

test "toggling with xor on the raw bits" {
    var f = Flags{};
    var raw: u16 = @bitCast(f);
    raw ^= 0b11;
    f = @bitCast(raw);
    try testing.expect(f.carry and f.zero);
    try testing.expectEqualDeep(Flags{ .carry = true, .zero = true }, f);
}
