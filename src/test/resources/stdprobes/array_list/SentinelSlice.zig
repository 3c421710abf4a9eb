const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    std.debug.print("0: {s}\n", .{@typeName(std.ArrayList(i32).SentinelSlice(0))});
    std.debug.print("-1: {s}\n", .{@typeName(std.ArrayList(i32).SentinelSlice(-1))});
    var l = std.ArrayList(i32).init(a);
    defer l.deinit();
    try l.append(5);
}
