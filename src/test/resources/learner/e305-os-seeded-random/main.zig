const std = @import("std");
pub fn main() !void {
    var seed: u64 = undefined;
    try std.posix.getrandom(std.mem.asBytes(&seed));
    var prng = std.Random.DefaultPrng.init(seed);
    const rand = prng.random();
    var hits: u32 = 0;
    for (0..1000) |_| {
        const d = rand.intRangeAtMost(u8, 1, 6);
        if (d >= 1 and d <= 6) hits += 1;
    }
    std.debug.print("all dice in range: {}\n", .{hits == 1000});
    var key: [16]u8 = undefined;
    std.crypto.random.bytes(&key);
    const y = std.crypto.random.intRangeLessThan(u32, 0, 10);
    std.debug.print("key len {d}, y < 10: {}\n", .{ key.len, y < 10 });
    const f = std.crypto.random.float(f64);
    std.debug.print("{}\n", .{f >= 0 and f < 1});
}
