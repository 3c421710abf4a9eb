const std = @import("std");

fn SparseSet(comptime max: usize) type {
    return struct {
        dense: [max]u16 = undefined,
        sparse: [max]u16 = undefined,
        n: u16 = 0,
        const Self = @This();

        fn contains(self: *const Self, v: u16) bool {
            const i = self.sparse[v];
            return i < self.n and self.dense[i] == v;
        }
        fn insert(self: *Self, v: u16) void {
            if (self.contains(v)) return;
            self.dense[self.n] = v;
            self.sparse[v] = self.n;
            self.n += 1;
        }
        fn remove(self: *Self, v: u16) void {
            if (!self.contains(v)) return;
            const i = self.sparse[v];
            const last = self.dense[self.n - 1];
            self.dense[i] = last;
            self.sparse[last] = i;
            self.n -= 1;
        }
        fn items(self: *const Self) []const u16 {
            return self.dense[0..self.n];
        }
    };
}

pub fn main() void {
    var set = SparseSet(8){};
    @memset(&set.sparse, 0);
    for ([_]u16{ 3, 1, 4, 1, 5 }) |v| set.insert(v);
    std.debug.print("items={any} has4={} has2={}\n", .{ set.items(), set.contains(4), set.contains(2) });
    set.remove(1);
    set.remove(7);
    std.debug.print("items={any}\n", .{set.items()});
    var bits = std.StaticBitSet(16).initEmpty();
    for (set.items()) |v| bits.set(v);
    bits.toggle(0);
    std.debug.print("count={d} first={?d} isSet(5)={}\n", .{ bits.count(), bits.findFirstSet(), bits.isSet(5) });
    var it = bits.iterator(.{});
    while (it.next()) |b| std.debug.print("{d} ", .{b});
    std.debug.print("\nmask=0b{b:0>16}\n", .{bits.mask});
    set.insert(9);
}
