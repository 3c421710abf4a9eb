const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = std.ArrayList(i32).init(a);
    defer l.deinit();
    try l.ensureTotalCapacityPrecise(4);
    try l.append(1);
    l.expandToCapacity();
    std.debug.print("len {d} cap {d} first {d}\n", .{ l.items.len, l.capacity, l.items[0] });
}
