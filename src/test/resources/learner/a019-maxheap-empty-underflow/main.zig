const std = @import("std");
const testing = std.testing;

const Heap = struct {
    items: std.ArrayList(u32),

    fn init(allocator: std.mem.Allocator) Heap {
        return .{ .items = std.ArrayList(u32).init(allocator) };
    }

    fn deinit(self: Heap) void {
        self.items.deinit();
    }

    fn insert(self: *Heap, value: u32) !void {
        try self.items.append(value);
        const xs = self.items.items;
        var child = xs.len - 1;
        while (child > 0) {
            const parent = (child - 1) / 2;
            if (xs[parent] >= xs[child]) break;
            std.mem.swap(u32, &xs[parent], &xs[child]);
            child = parent;
        }
    }

    fn extractMax(self: *Heap) ?u32 {
        const last = self.items.items.len - 1;
        if (self.items.items.len == 0) return null;
        const xs = self.items.items;
        const top = xs[0];
        xs[0] = xs[last];
        self.items.items.len = last;
        var i: usize = 0;
        while (2 * i + 1 < last) {
            var big = 2 * i + 1;
            if (big + 1 < last and xs[big + 1] > xs[big]) big += 1;
            if (xs[i] >= xs[big]) break;
            std.mem.swap(u32, &xs[i], &xs[big]);
            i = big;
        }
        return top;
    }
};

test "max comes out first" {
    var h = Heap.init(testing.allocator);
    defer h.deinit();
    for ([_]u32{ 4, 9, 1, 7 }) |v| try h.insert(v);
    try testing.expectEqual(@as(?u32, 9), h.extractMax());
    try testing.expectEqual(@as(?u32, 7), h.extractMax());
}

test "drains in descending order" {
    var h = Heap.init(testing.allocator);
    defer h.deinit();
    for ([_]u32{ 5, 3, 8, 8, 2 }) |v| try h.insert(v);
    var prev: u32 = std.math.maxInt(u32);
    var count: usize = 0;
    while (count < 5) : (count += 1) {
        const v = h.extractMax().?;
        try testing.expect(v <= prev);
        prev = v;
    }
}

test "empty heap gives null" {
    var h = Heap.init(testing.allocator);
    defer h.deinit();
    try testing.expectEqual(@as(?u32, null), h.extractMax());
}
