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
    try l.ensureTotalCapacity(a, 3);
    l.insertAssumeCapacity(0, .{ .hp = 2, .name = "b" });
    l.insertAssumeCapacity(0, .{ .hp = 1, .name = "a" });
    l.insertAssumeCapacity(2, .{ .hp = 3, .name = "c" });
    show("after", l);
}
