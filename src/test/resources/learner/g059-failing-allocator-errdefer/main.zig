const std = @import("std");

const Pair = struct { key: []u8, value: []u8 };

fn makePair(alloc: std.mem.Allocator, k: []const u8, v: []const u8) !Pair {
    const key = try alloc.dupe(u8, k);
    errdefer alloc.free(key);
    const value = try alloc.dupe(u8, v);
    return .{ .key = key, .value = value };
}

fn makeTable(alloc: std.mem.Allocator) ![]Pair {
    const table = try alloc.alloc(Pair, 2);
    errdefer alloc.free(table);
    table[0] = try makePair(alloc, "one", "1");
    errdefer {
        alloc.free(table[0].key);
        alloc.free(table[0].value);
    }
    table[1] = try makePair(alloc, "two", "2");
    return table;
}

fn freeTable(alloc: std.mem.Allocator, t: []Pair) void {
    for (t) |p| {
        alloc.free(p.key);
        alloc.free(p.value);
    }
    alloc.free(t);
}

test "builds with enough memory" {
    const t = try makeTable(std.testing.allocator);
    defer freeTable(std.testing.allocator, t);
    try std.testing.expectEqualStrings("two", t[1].key);
}

test "every failure point cleans up" {
    var i: usize = 0;
    while (i < 5) : (i += 1) {
        var failing = std.testing.FailingAllocator.init(std.testing.allocator, .{ .fail_index = i });
        const alloc = failing.allocator();
        if (makeTable(alloc)) |t| {
            std.debug.print("fail_index {d}: ok after {d} allocs\n", .{ i, failing.allocations });
            freeTable(alloc, t);
        } else |err| {
            std.debug.print("fail_index {d}: {s}, freed {d} of {d}\n", .{ i, @errorName(err), failing.deallocations, failing.allocations });
        }
    }
}

test "expects too few allocations" {
    var failing = std.testing.FailingAllocator.init(std.testing.allocator, .{ .fail_index = 3 });
    const t = try makeTable(failing.allocator());
    defer freeTable(failing.allocator(), t);
    try std.testing.expectEqual(@as(usize, 4), failing.allocations);
}
