const std = @import("std");

const Monster = struct { hp: u32, name: []const u8 };
const L = std.MultiArrayList(Monster);

fn show(label: []const u8, l: L) void {
    std.debug.print("{s}: hp {any} names", .{ label, l.items(.hp) });
    for (l.items(.name)) |n| std.debug.print(" {s}", .{n});
    std.debug.print(" (len {d} cap {d})\n", .{ l.len, l.capacity });
}

pub fn main() !void {
    std.debug.print("Monster x0: {d}\n", .{L.capacityInBytes(0)});
    std.debug.print("Monster x1: {d}\n", .{L.capacityInBytes(1)});
    std.debug.print("Monster x10: {d}\n", .{L.capacityInBytes(10)});
    std.debug.print("struct{{u8,u64}} x3: {d}\n", .{std.MultiArrayList(struct { a: u8, b: u64 }).capacityInBytes(3)});
}
