const std = @import("std");

const limit = 100;

pub fn main() void {
    var composite = std.bit_set.StaticBitSet(limit).initEmpty();
    composite.set(0);
    composite.set(1);
    var p: usize = 2;
    while (p * p < limit) : (p += 1) {
        if (composite.isSet(p)) continue;
        var m = p * p;
        while (m < limit) : (m += p) composite.set(m);
    }

    var primes = composite;
    primes.toggleAll();
    std.debug.print("{d} primes below {d}\n", .{ primes.count(), limit });
    var it = primes.iterator(.{});
    var n: usize = 0;
    while (it.next()) |prime| : (n += 1) {
        std.debug.print("{d:>3}", .{prime});
        if (n % 10 == 9) std.debug.print("\n", .{});
    }
    std.debug.print("\n", .{});

    var twins: usize = 0;
    var scan = primes.iterator(.{});
    while (scan.next()) |q| {
        if (q + 2 < limit and primes.isSet(q + 2)) twins += 1;
    }
    std.debug.print("twin prime pairs: {d}\n", .{twins});

    var flags = std.bit_set.IntegerBitSet(8).initEmpty();
    flags.set(1);
    flags.set(6);
    flags.setValue(3, true);
    flags.unset(6);
    std.debug.print("flags mask=0b{b:0>8} first={?d} count={d}\n", .{ flags.mask, flags.findFirstSet(), flags.count() });
    composite.setRangeValue(.{ .start = 90, .end = 100 }, false);
    std.debug.print("non-primes below 90: {d}\n", .{composite.count()});
}
