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
    try l.ensureTotalCapacity(10);
    try l.appendSlice(&.{ 1, 2, 3, 4 });
    l.replaceRangeAssumeCapacity(1, 1, &.{ 8, 9 });
    show("grow", l.items, l.capacity);
    l.replaceRangeAssumeCapacity(0, 3, &.{0});
    show("shrink", l.items, l.capacity);
}
