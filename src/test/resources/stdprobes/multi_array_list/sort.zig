const std = @import("std");

const Monster = struct { hp: u32, name: []const u8 };
const L = std.MultiArrayList(Monster);

fn show(label: []const u8, l: L) void {
    std.debug.print("{s}: hp {any} names", .{ label, l.items(.hp) });
    for (l.items(.name)) |n| std.debug.print(" {s}", .{n});
    std.debug.print(" (len {d} cap {d})\n", .{ l.len, l.capacity });
}

const ByHp = struct {
    hp: []const u32,
    pub fn lessThan(ctx: @This(), x: usize, y: usize) bool {
        return ctx.hp[x] < ctx.hp[y];
    }
};
const ByName = struct {
    names: []const []const u8,
    pub fn lessThan(ctx: @This(), x: usize, y: usize) bool {
        return std.mem.lessThan(u8, ctx.names[x], ctx.names[y]);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l: L = .empty;
    defer l.deinit(a);
    try l.append(a, .{ .hp = 10, .name = "orc" });
    try l.append(a, .{ .hp = 20, .name = "elf" });
    try l.append(a, .{ .hp = 30, .name = "imp" });
    try l.append(a, .{ .hp = 5, .name = "rat" });
    l.sort(ByHp{ .hp = l.items(.hp) });
    show("by hp", l);
    l.sort(ByName{ .names = l.items(.name) });
    show("by name", l);
}
