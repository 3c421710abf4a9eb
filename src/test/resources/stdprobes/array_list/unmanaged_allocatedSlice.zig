const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l: std.ArrayListUnmanaged(i32) = .empty;
    defer l.deinit(a);
    try l.ensureTotalCapacityPrecise(a, 5);
    try l.appendSlice(a, &.{ 1, 2 });
    std.debug.print("allocated len {d}, items len {d}\n", .{ l.allocatedSlice().len, l.items.len });
    std.debug.print("first two: {any}\n", .{l.allocatedSlice()[0..2]});
}
