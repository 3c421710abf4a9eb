const std = @import("std");

const Loot = struct {
    name: []const u8,
    weight: u32,
};

const table = [_]Loot{
    .{ .name = "copper coin", .weight = 60 },
    .{ .name = "health potion", .weight = 25 },
    .{ .name = "silver ring", .weight = 10 },
    .{ .name = "magic sword", .weight = 4 },
    .{ .name = "dragon egg", .weight = 1 },
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var weights: [table.len]u32 = undefined;
    for (table, 0..) |item, i| weights[i] = item.weight;

    var prng = std.Random.DefaultPrng.init(777);
    const random = prng.random();

    var drops = std.ArrayList([]const u8).init(allocator);
    defer drops.deinit();
    var counts = [_]u32{0} ** table.len;
    for (0..500) |_| {
        const idx = random.weightedIndex(u32, &weights);
        counts[idx] += 1;
        if (drops.items.len < 8) try drops.append(table[idx].name);
    }

    std.debug.print("first drops: ", .{});
    for (drops.items, 0..) |d, i| {
        if (i > 0) std.debug.print(", ", .{});
        std.debug.print("{s}", .{d});
    }
    std.debug.print("\n", .{});
    for (table, counts) |item, c| {
        std.debug.print("{s:<14} weight {d:>2}: {d:>3} drops\n", .{ item.name, item.weight, c });
    }

    // float weights work too
    const moods = [_][]const u8{ "calm", "curious", "grumpy" };
    const mood_weights = [_]f32{ 0.5, 0.3, 0.2 };
    for (0..6) |_| std.debug.print("{s} ", .{moods[random.weightedIndex(f32, &mood_weights)]});
    std.debug.print("\n", .{});

    // a biased coin: true 30% of the time
    var heads: u32 = 0;
    for (0..1000) |_| {
        if (random.float(f32) < 0.3) heads += 1;
    }
    std.debug.print("biased coin: {d} heads out of 1000\n", .{heads});
}
