const std = @import("std");

pub fn main() !void {
    var prng = std.Random.DefaultPrng.init(42);
    const rand = prng.random();
    var deck: [10]u8 = undefined;
    for (&deck, 0..) |*c, i| c.* = @intCast(i + 1);
    rand.shuffle(u8, &deck);
    std.debug.print("shuffled: {any}\n", .{deck});
    var rolls = [_]u32{0} ** 6;
    for (0..600) |_| rolls[rand.uintLessThan(usize, 6)] += 1;
    std.debug.print("rolls: {any}\n", .{rolls});
    std.debug.print("range: {d} {d} bool={}\n", .{ rand.intRangeAtMost(i32, -5, 5), rand.intRangeLessThan(u8, 10, 20), rand.boolean() });
    std.debug.print("float: {d:.4}\n", .{rand.float(f64)});
    var bytes: [4]u8 = undefined;
    rand.bytes(&bytes);
    std.debug.print("bytes: {x}\n", .{bytes});
    const idx = rand.weightedIndex(u32, &.{ 1, 0, 5 });
    std.debug.print("weighted: {d}\n", .{idx});
    var sum: u8 = 0;
    for (deck) |c| sum += c * 5;
    std.debug.print("sum={d}\n", .{sum});
}
