const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l: std.ArrayListAlignedUnmanaged(u8, 32) = .empty;
    defer l.deinit(a);
    try l.appendSlice(a, "xyz");
    std.debug.print("aligned 32: {}\n", .{@intFromPtr(l.items.ptr) % 32 == 0});
    std.debug.print("Slice: {s}\n", .{@typeName(std.ArrayListAlignedUnmanaged(u8, 32).Slice)});
}
