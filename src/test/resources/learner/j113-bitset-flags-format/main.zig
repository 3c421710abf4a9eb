const std = @import("std");

const Perm = enum { read, write, exec, admin };

pub fn main() void {
    var set = std.EnumSet(Perm).initEmpty();
    set.insert(.read);
    set.insert(.exec);
    var it = set.iterator();
    while (it.next()) |p| std.debug.print("{s} ", .{@tagName(p)});
    std.debug.print("| count {d}\n", .{set.count()});
    const other = std.EnumSet(Perm).initMany(&.{ .exec, .admin });
    std.debug.print("union {d} intersect {d}\n", .{ set.unionWith(other).count(), set.intersectWith(other).count() });
    var bits = std.StaticBitSet(10).initEmpty();
    bits.set(1);
    bits.set(9);
    bits.toggle(3);
    std.debug.print("{d} set, first {?d}, mask 0b{b:0>10}\n", .{ bits.count(), bits.findFirstSet(), bits.mask });
    var bit_it = bits.iterator(.{});
    while (bit_it.next()) |i| std.debug.print("{d} ", .{i});
    std.debug.print("\n", .{});
    const Flags = packed struct(u4) { a: bool, b: bool, c: bool, d: bool };
    const f: Flags = @bitCast(@as(u4, 0b1010));
    std.debug.print("{any} {d}\n", .{ f, @popCount(@as(u4, @bitCast(f))) });
    const x: u16 = 0b0001_0110_0000_0000;
    std.debug.print("clz {d} ctz {d} pop {d} swap 0x{x:0>4} rev 0b{b:0>16}\n", .{ @clz(x), @ctz(x), @popCount(x), @byteSwap(x), @bitReverse(x) });
}
