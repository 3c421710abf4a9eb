const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = std.ArrayListAligned(u8, 16).init(a);
    defer l.deinit();
    try l.appendSlice("abc");
    std.debug.print("aligned 16: {}\n", .{@intFromPtr(l.items.ptr) % 16 == 0});
    std.debug.print("Slice: {s}\n", .{@typeName(std.ArrayListAligned(u8, 16).Slice)});
    std.debug.print("null align Slice: {s}\n", .{@typeName(std.ArrayListAligned(u8, null).Slice)});
}
