const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var prng = std.Random.DefaultPrng.init(2024);
    const random = prng.random();

    var rolls = std.AutoHashMap(u8, u32).init(gpa.allocator());
    defer rolls.deinit();

    for (0..200) |_| {
        const sum = random.intRangeAtMost(u8, 1, 6) + random.intRangeAtMost(u8, 1, 6);
        const entry = try rolls.getOrPut(sum);
        if (entry.found_existing) {
            entry.value_ptr.* += 1;
        } else {
            entry.value_ptr.* = 1;
        }
    }

    std.debug.print("distinct sums: {d}\n", .{rolls.count()});
    var total: u32 = 0;
    for (2..13) |s| {
        const n = rolls.get(@intCast(s)) orelse 0;
        total += n;
        std.debug.print("{d:>2}: {d:>3}\n", .{ s, n });
    }
    std.debug.print("total rolls: {d}\n", .{total});

    try rolls.put(7, 0);
    std.debug.print("reset 7 -> {?d}\n", .{rolls.get(7)});
    std.debug.print("remove 2: {}, remove 99: {}\n", .{ rolls.remove(2), rolls.remove(99) });
    if (rolls.fetchRemove(12)) |kv| std.debug.print("fetchRemove 12 had {d}\n", .{kv.value});
    std.debug.print("contains 12: {}, count {d}\n", .{ rolls.contains(12), rolls.count() });

    var it = rolls.iterator();
    var big: u32 = 0;
    while (it.next()) |e| {
        if (e.value_ptr.* > big) big = e.value_ptr.*;
    }
    std.debug.print("largest remaining count: {d}\n", .{big});
}
