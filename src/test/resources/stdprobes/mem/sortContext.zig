const std = @import("std");

const Ctx = struct {
    keys: []u8,
    vals: []u8,
    pub fn lessThan(c: @This(), a: usize, b: usize) bool {
        return c.keys[a] < c.keys[b];
    }
    pub fn swap(c: @This(), a: usize, b: usize) void {
        std.mem.swap(u8, &c.keys[a], &c.keys[b]);
        std.mem.swap(u8, &c.vals[a], &c.vals[b]);
    }
};

pub fn main() void {
    var k = [_]u8{ 3, 1, 2, 1 };
    var v = [_]u8{ 'c', 'a', 'b', 'A' };
    std.mem.sortContext(0, k.len, Ctx{ .keys = &k, .vals = &v });
    std.debug.print("keys: {any}\n", .{k});
    std.debug.print("vals: {s}\n", .{v});
    std.mem.sortContext(1, 1, Ctx{ .keys = &k, .vals = &v });
    std.debug.print("empty range: {s}\n", .{v});
}
