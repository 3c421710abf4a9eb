const std = @import("std");

pub fn main() void {
    var set = std.bit_set.IntegerBitSet(16).initEmpty();
    for ([_]usize{ 1, 3, 5, 8, 13 }) |i| set.set(i);
    std.debug.print("count {d} first {?d}\n", .{ set.count(), set.findFirstSet() });
    var it = set.iterator(.{});
    while (it.next()) |i| std.debug.print("{d} ", .{i});
    std.debug.print("\n", .{});
    set.toggle(3);
    set.unset(13);
    std.debug.print("mask {b:0>16}\n", .{set.mask});
    var other = std.bit_set.IntegerBitSet(16).initFull();
    other.unset(1);
    std.debug.print("inter {b:0>16}\n", .{set.intersectWith(other).mask});
    var flags: u32 = 0;
    const bits = [_]u5{ 0, 4, 31 };
    for (bits) |b| flags |= @as(u32, 1) << b;
    std.debug.print("flags {x:0>8} has4 {} has5 {}\n", .{ flags, flags & (1 << 4) != 0, flags & (1 << 5) != 0 });
    flags &= ~@as(u32, 1);
    std.debug.print("cleared {x:0>8} lowest {d}\n", .{ flags, @ctz(flags) });
    var gray: u8 = 0;
    for (0..8) |i| {
        gray = @as(u8, @intCast(i)) ^ (@as(u8, @intCast(i)) >> 1);
        std.debug.print("{b:0>3} ", .{gray});
    }
    std.debug.print("\n", .{});
    const packed_rgb: u32 = 0x12AB34;
    const r: u8 = @truncate(packed_rgb >> 16);
    const g: u8 = @truncate(packed_rgb >> 8);
    const b: u8 = @truncate(packed_rgb);
    std.debug.print("r={d} g={d} b={d}\n", .{ r, g, b });
    var shift: u5 = 28;
    _ = &shift;
    const big = @shlExact(@as(u32, 0x1F), shift);
    std.debug.print("{x}\n", .{big});
}
