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
    try l.append(1);
    show("ArrayList(i32)", l.items, l.capacity);
    var s = std.ArrayList([]const u8).init(a);
    defer s.deinit();
    try s.append("x");
    std.debug.print("strings: {s}\n", .{s.items[0]});
    std.debug.print("Slice: {s}\n", .{@typeName(std.ArrayList(i32).Slice)});
}
