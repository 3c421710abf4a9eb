const std = @import("std");

// Packed structs nest: an outer word made of two inner bit groups.
const Nibbles = packed struct(u8) { lo: u4, hi: u4 };
const Word = packed struct(u16) {
    first: Nibbles,
    second: Nibbles,
};

const Settings = struct {
    name: []const u8,
    word: Word,
};

pub fn main() void {
    var w: Word = @bitCast(@as(u16, 0xA1B2));
    std.debug.print("{}\n", .{w});
    std.debug.print("first.lo={x} first.hi={x} second.lo={x} second.hi={x}\n", .{ w.first.lo, w.first.hi, w.second.lo, w.second.hi });
    w.second.hi = 0xF;
    w.first = .{ .lo = 3, .hi = 4 };
    std.debug.print("now 0x{x}\n", .{@as(u16, @bitCast(w))});
    var s = Settings{ .name = "dev", .word = w };
    s.word.first.lo += 1;
    std.debug.print("{s}: {any}\n", .{ s.name, s.word });
    std.debug.print("same as before? {}\n", .{s.word == w});
    const inner_bytes: u8 = @bitCast(s.word.second);
    std.debug.print("second as byte: {d}\n", .{inner_bytes});
}
