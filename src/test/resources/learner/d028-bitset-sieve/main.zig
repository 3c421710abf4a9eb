const std = @import("std");

fn sieve(allocator: std.mem.Allocator, limit: usize) !std.DynamicBitSet {
    var composite = try std.DynamicBitSet.initEmpty(allocator, limit + 1);
    errdefer composite.deinit();
    composite.set(0);
    composite.set(1);
    var i: usize = 2;
    while (i * i <= limit) : (i += 1) {
        if (composite.isSet(i)) continue;
        var j = i * i;
        while (j <= limit) : (j += i) composite.set(j);
    }
    composite.toggleAll();
    return composite;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var primes = try sieve(gpa.allocator(), 60);
    defer primes.deinit();
    std.debug.print("{d} primes up to 60:", .{primes.count()});
    var it = primes.iterator(.{});
    while (it.next()) |p| std.debug.print(" {d}", .{p});
    std.debug.print("\n", .{});

    var seats = std.StaticBitSet(12).initEmpty();
    for ([_]usize{ 0, 3, 4, 5, 11 }) |s| seats.set(s);
    std.debug.print("taken {d}, seat 4 taken: {}, first free: {?d}\n", .{ seats.count(), seats.isSet(4), seats.complement().findFirstSet() });
    seats.unset(4);
    seats.toggle(6);
    seats.setRangeValue(.{ .start = 8, .end = 10 }, true);
    var free_it = seats.iterator(.{ .kind = .unset });
    std.debug.print("free:", .{});
    while (free_it.next()) |s| std.debug.print(" {d}", .{s});
    std.debug.print("\n", .{});

    const a = std.StaticBitSet(8).initFull();
    var b = std.StaticBitSet(8).initEmpty();
    b.set(2);
    b.set(7);
    std.debug.print("a&b count {d}, a^b count {d}, eql {}\n", .{ a.intersectWith(b).count(), a.xorWith(b).count(), a.eql(b) });
    var many = std.bit_set.IntegerBitSet(64).initEmpty();
    many.set(63);
    std.debug.print("mask {x}\n", .{many.mask});
}
