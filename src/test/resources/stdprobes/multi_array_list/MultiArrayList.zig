const std = @import("std");

const Monster = struct { hp: u32, name: []const u8 };
const L = std.MultiArrayList(Monster);

fn show(label: []const u8, l: L) void {
    std.debug.print("{s}: hp {any} names", .{ label, l.items(.hp) });
    for (l.items(.name)) |n| std.debug.print(" {s}", .{n});
    std.debug.print(" (len {d} cap {d})\n", .{ l.len, l.capacity });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l: L = .empty;
    defer l.deinit(a);
    try l.append(a, .{ .hp = 10, .name = "orc" });
    try l.append(a, .{ .hp = 20, .name = "elf" });
    try l.append(a, .{ .hp = 30, .name = "imp" });
    show("struct", l);
    const Shape = union(enum) { circle: f32, square: u8 };
    var u: std.MultiArrayList(Shape) = .empty;
    defer u.deinit(a);
    try u.append(a, .{ .circle = 1.5 });
    try u.append(a, .{ .square = 4 });
    for (u.items(.tags)) |t| std.debug.print("tag: {s}\n", .{@tagName(t)});
    switch (u.get(1)) {
        .circle => |r| std.debug.print("get(1): circle {d}\n", .{r}),
        .square => |n| std.debug.print("get(1): square {d}\n", .{n}),
    }
}
