const std = @import("std");

const Item = struct { name: []const u8, weight: usize, value: u32 };

fn knapsack(a: std.mem.Allocator, items: []const Item, cap: usize) !std.ArrayList([]const u8) {
    var table = std.ArrayList(std.ArrayList(u32)).init(a);
    defer {
        for (table.items) |row| row.deinit();
        table.deinit();
    }
    for (0..items.len + 1) |_| {
        var row = try std.ArrayList(u32).initCapacity(a, cap + 1);
        row.appendNTimesAssumeCapacity(0, cap + 1);
        try table.append(row);
    }
    for (items, 1..) |it, i| {
        const prev = table.items[i - 1].items;
        const cur = table.items[i].items;
        for (0..cap + 1) |w| {
            cur[w] = prev[w];
            if (it.weight <= w) cur[w] = @max(cur[w], prev[w - it.weight] + it.value);
        }
    }
    std.debug.print("best value: {d}\n", .{table.items[items.len].items[cap]});

    var chosen = std.ArrayList([]const u8).init(a);
    errdefer chosen.deinit();
    var w = cap;
    var i = items.len;
    while (i > 0) : (i -= 1) {
        if (table.items[i].items[w] != table.items[i - 1].items[w]) {
            try chosen.insert(0, items[i - 1].name);
            w -= items[i - 1].weight;
        }
    }
    return chosen;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const items = [_]Item{
        .{ .name = "tent", .weight = 5, .value = 60 },
        .{ .name = "stove", .weight = 3, .value = 50 },
        .{ .name = "rope", .weight = 1, .value = 15 },
        .{ .name = "camera", .weight = 2, .value = 40 },
        .{ .name = "books", .weight = 4, .value = 30 },
    };
    for ([_]usize{ 0, 4, 8, 15 }) |cap| {
        const picked = try knapsack(a, &items, cap);
        defer picked.deinit();
        const joined = try std.mem.join(a, " + ", picked.items);
        defer a.free(joined);
        std.debug.print("cap {d:>2}: {s}\n", .{ cap, if (joined.len == 0) "(nothing)" else joined });
    }
}
