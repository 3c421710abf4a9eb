const std = @import("std");

const Entry = struct { key: []const u8, value: i32, next: ?*Entry };

const Table = struct {
    buckets: []?*Entry,
    alloc: std.mem.Allocator,
    len: usize = 0,

    fn init(alloc: std.mem.Allocator, n: usize) !Table {
        const b = try alloc.alloc(?*Entry, n);
        @memset(b, null);
        return .{ .buckets = b, .alloc = alloc };
    }
    fn hash(key: []const u8) u64 {
        return std.hash.Wyhash.hash(0, key);
    }
    fn put(self: *Table, key: []const u8, value: i32) !void {
        const i = hash(key) % self.buckets.len;
        var cur = self.buckets[i];
        while (cur) |e| : (cur = e.next) {
            if (std.mem.eql(u8, e.key, key)) {
                e.value = value;
                return;
            }
        }
        const e = try self.alloc.create(Entry);
        e.* = .{ .key = key, .value = value, .next = self.buckets[i] };
        self.buckets[i] = e;
        self.len += 1;
    }
    fn get(self: Table, key: []const u8) ?i32 {
        var cur = self.buckets[hash(key) % self.buckets.len];
        while (cur) |e| : (cur = e.next) if (std.mem.eql(u8, e.key, key)) return e.value;
        return null;
    }
    fn deinit(self: *Table) void {
        for (self.buckets) |head| {
            var cur = head;
            while (cur) |e| {
                cur = e.next;
                self.alloc.destroy(e);
            }
        }
        self.alloc.free(self.buckets);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.assert(gpa.deinit() == .ok);
    var t = try Table.init(gpa.allocator(), 4);
    defer t.deinit();
    const keys = [_][]const u8{ "alpha", "beta", "gamma", "delta", "epsilon", "beta" };
    for (keys, 0..) |k, i| try t.put(k, @intCast(i * 10));
    std.debug.print("len={d}\n", .{t.len});
    for ([_][]const u8{ "beta", "delta", "zeta" }) |k| std.debug.print("{s} -> {?d}\n", .{ k, t.get(k) });
    var longest: usize = 0;
    for (t.buckets) |head| {
        var n: usize = 0;
        var cur = head;
        while (cur) |e| : (cur = e.next) n += 1;
        longest = @max(longest, n);
    }
    std.debug.print("longest chain <= len: {}\n", .{longest <= t.len});
    std.debug.print("wyhash(abc)={x}\n", .{std.hash.Wyhash.hash(0, "abc")});
    std.debug.print("fnv1a(abc)={x} crc32={x}\n", .{ std.hash.Fnv1a_64.hash("abc"), std.hash.Crc32.hash("abc") });
    const lost = try gpa.allocator().create(Entry);
    lost.* = .{ .key = "lost", .value = 0, .next = null };
}
