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
    try l.ensureTotalCapacity(a, 5);
    l.appendSliceAssumeCapacity(&.{ 1, 2 });
    l.appendSliceAssumeCapacity(&.{ 3, 4, 5 });
    show("five", l.items, l.capacity);
}
