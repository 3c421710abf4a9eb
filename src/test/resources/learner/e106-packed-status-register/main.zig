const std = @import("std");

// A status register decoded with a packed struct instead of masks and shifts.
const Status = packed struct(u8) {
    carry: bool = false,
    zero: bool = false,
    irq_disable: bool = false,
    decimal: bool = false,
    brk: bool = false,
    unused: u1 = 1,
    overflow: bool = false,
    negative: bool = false,
};

fn show(s: Status) void {
    const names = "CZIDB-VN";
    var buf: [8]u8 = undefined;
    const raw: u8 = @bitCast(s);
    for (0..8) |i| {
        const bit = (raw >> @intCast(7 - i)) & 1;
        buf[i] = if (bit == 1) names[7 - i] else '.';
    }
    std.debug.print("{s} = 0x{x:0>2}\n", .{ &buf, raw });
}

pub fn main() void {
    var s = Status{};
    show(s);
    s.zero = true;
    s.negative = true;
    show(s);
    s = @bitCast(@as(u8, 0b1100_0011));
    show(s);
    std.debug.print("carry={} overflow={} unused={d}\n", .{ s.carry, s.overflow, s.unused });
    std.debug.print("{}\n", .{s});
    std.debug.print("@sizeOf={d} @bitSizeOf={d} @bitOffsetOf(negative)={d}\n", .{ @sizeOf(Status), @bitSizeOf(Status), @bitOffsetOf(Status, "negative") });
    const same = Status{ .carry = true, .zero = true, .overflow = true, .negative = true };
    std.debug.print("equal: {}\n", .{s == same});
}
