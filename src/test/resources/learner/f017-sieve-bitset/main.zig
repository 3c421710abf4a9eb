const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const n = 100;
    var composite = try std.DynamicBitSet.initEmpty(gpa.allocator(), n + 1);
    defer composite.deinit();
    composite.set(0);
    composite.set(1);
    var i: usize = 2;
    while (i * i <= n) : (i += 1) {
        if (composite.isSet(i)) continue;
        var j = i * i;
        while (j <= n) : (j += i) composite.set(j);
    }
    const primes = n + 1 - composite.count();
    std.debug.print("{d} primes up to {d}\n", .{ primes, n });
    var it = composite.iterator(.{ .kind = .unset });
    var col: usize = 0;
    while (it.next()) |p| {
        std.debug.print("{d:>3}", .{p});
        col += 1;
        if (col % 10 == 0) std.debug.print("\n", .{});
    }
    std.debug.print("\n", .{});

    var small = std.StaticBitSet(16).initEmpty();
    for ([_]usize{ 2, 3, 5, 7, 11, 13 }) |p| small.set(p);
    small.toggle(0);
    std.debug.print("mask=0b{b:0>16} first={?d} count={d}\n", .{ small.mask, small.findFirstSet(), small.count() });
    var copy = small;
    copy.setRangeValue(.{ .start = 8, .end = 16 }, false);
    std.debug.print("low primes mask={d} eql={}\n", .{ copy.mask, copy.eql(small) });
}
