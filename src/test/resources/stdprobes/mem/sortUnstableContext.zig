const std = @import("std");

const Ctx = struct {
    keys: []i32,
    pub fn lessThan(c: @This(), a: usize, b: usize) bool {
        return c.keys[a] < c.keys[b];
    }
    pub fn swap(c: @This(), a: usize, b: usize) void {
        std.mem.swap(i32, &c.keys[a], &c.keys[b]);
    }
};

pub fn main() void {
    var k = [_]i32{ 9, -4, 7, 0, 3, 3 };
    std.mem.sortUnstableContext(0, k.len, Ctx{ .keys = &k });
    std.debug.print("all: {any}\n", .{k});
    var k2 = [_]i32{ 5, 4, 3, 2, 1 };
    std.mem.sortUnstableContext(1, 4, Ctx{ .keys = &k2 });
    std.debug.print("middle: {any}\n", .{k2});
}
