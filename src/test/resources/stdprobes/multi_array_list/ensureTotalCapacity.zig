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
    try l.ensureTotalCapacity(a, 1);
    std.debug.print("ask 1: cap {d}\n", .{l.capacity});
    try l.ensureTotalCapacity(a, 20);
    std.debug.print("ask 20: cap {d}\n", .{l.capacity});
    try l.ensureTotalCapacity(a, 5);
    std.debug.print("ask 5: cap {d}\n", .{l.capacity});
}
