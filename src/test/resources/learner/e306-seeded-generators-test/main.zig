const std = @import("std");

fn rollDice(rand: std.Random, n: usize, out: []u8) void {
    for (out[0..n]) |*d| d.* = rand.intRangeAtMost(u8, 1, 6);
}

fn sample(comptime Gen: type, seed: u64) [4]u32 {
    var g = Gen.init(seed);
    const r = g.random();
    var out: [4]u32 = undefined;
    for (&out) |*x| x.* = r.uintLessThan(u32, 100);
    return out;
}

test "same seed gives the same rolls" {
    var a = std.Random.DefaultPrng.init(99);
    var b = std.Random.DefaultPrng.init(99);
    var ra: [10]u8 = undefined;
    var rb: [10]u8 = undefined;
    rollDice(a.random(), 10, &ra);
    rollDice(b.random(), 10, &rb);
    try std.testing.expectEqualSlices(u8, &ra, &rb);
    std.debug.print("rolls: {any}\n", .{ra});
}

test "generators differ" {
    const gens = .{ std.Random.Pcg, std.Random.Xoroshiro128, std.Random.Sfc64, std.Random.RomuTrio, std.Random.Isaac64 };
    inline for (gens) |G| {
        std.debug.print("{s}: {any}\n", .{ @typeName(G), sample(G, 5) });
    }
}

test "shuffled array keeps its elements" {
    var prng = std.Random.DefaultPrng.init(1);
    var items = [_]u16{ 1, 2, 3, 4, 5, 6, 7, 8 };
    prng.random().shuffle(u16, &items);
    var sum: u16 = 0;
    for (items) |x| sum += x;
    try std.testing.expectEqual(@as(u16, 36), sum);
    // a wrong expectation, to see how the failure is reported
    try std.testing.expectEqual(@as(u16, 1), items[0]);
}
