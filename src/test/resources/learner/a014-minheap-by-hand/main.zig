const std = @import("std");

fn MinHeap(comptime T: type) type {
    return struct {
        const Self = @This();
        items: std.ArrayList(T),

        fn init(allocator: std.mem.Allocator) Self {
            return .{ .items = std.ArrayList(T).init(allocator) };
        }

        fn deinit(self: Self) void {
            self.items.deinit();
        }

        fn push(self: *Self, value: T) !void {
            try self.items.append(value);
            var i = self.items.items.len - 1;
            const xs = self.items.items;
            while (i > 0) {
                const parent = (i - 1) / 2;
                if (xs[parent] <= xs[i]) break;
                std.mem.swap(T, &xs[parent], &xs[i]);
                i = parent;
            }
        }

        fn removeMin(self: *Self) ?T {
            const xs = self.items.items;
            if (xs.len == 0) return null;
            const top = xs[0];
            xs[0] = xs[xs.len - 1];
            self.items.shrinkRetainingCapacity(xs.len - 1);
            const n = xs.len - 1;
            var i: usize = 0;
            while (true) {
                const l = 2 * i + 1;
                const r = l + 1;
                var smallest = i;
                if (l < n and xs[l] < xs[smallest]) smallest = l;
                if (r < n and xs[r] < xs[smallest]) smallest = r;
                if (smallest == i) break;
                std.mem.swap(T, &xs[i], &xs[smallest]);
                i = smallest;
            }
            return top;
        }
    };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var heap = MinHeap(i32).init(gpa.allocator());
    defer heap.deinit();

    const input = [_]i32{ 42, -7, 19, 3, 3, 88, 0, 15, -20, 7 };
    for (input) |v| try heap.push(v);
    std.debug.print("heap array: {any}\n", .{heap.items.items});
    std.debug.print("capacity >= len: {}\n", .{heap.items.capacity >= heap.items.items.len});

    std.debug.print("sorted:", .{});
    while (heap.removeMin()) |v| std.debug.print(" {d}", .{v});
    std.debug.print("\nempty now: {}\n", .{heap.items.items.len == 0});
}
