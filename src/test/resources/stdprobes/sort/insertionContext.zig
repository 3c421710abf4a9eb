const std = @import("std");

const Ctx = struct {
    keys: []i32,
    tags: []u8,
    pub fn lessThan(c: @This(), a: usize, b: usize) bool {
        return c.keys[a] < c.keys[b];
    }
    pub fn swap(c: @This(), a: usize, b: usize) void {
        std.mem.swap(i32, &c.keys[a], &c.keys[b]);
        std.mem.swap(u8, &c.tags[a], &c.tags[b]);
    }
};

pub fn main() void {
    var k = [_]i32{ 4, -2, 9, 0, 4, 1 };
    var t = [_]u8{ 'a', 'b', 'c', 'd', 'e', 'f' };
    std.sort.insertionContext(0, k.len, Ctx{ .keys = &k, .tags = &t });
    std.debug.print("keys: {any}\n", .{k});
    std.debug.print("tags: {s}\n", .{t});
    var k2 = [_]i32{ 5, 4, 3, 2, 1 };
    var t2 = [_]u8{ 'v', 'w', 'x', 'y', 'z' };
    std.sort.insertionContext(1, 4, Ctx{ .keys = &k2, .tags = &t2 });
    std.debug.print("range 1..4: {any} {s}\n", .{ k2, t2 });
    std.sort.insertionContext(2, 2, Ctx{ .keys = &k2, .tags = &t2 });
    std.debug.print("empty range: {any}\n", .{k2});
}
