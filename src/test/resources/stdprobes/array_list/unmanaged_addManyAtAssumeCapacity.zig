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
    try l.ensureTotalCapacity(a, 8);
    try l.appendSlice(a, &.{ 1, 2 });
    const s = l.addManyAtAssumeCapacity(0, 3);
    @memset(s, 0);
    show("3 at 0", l.items, l.capacity);
}
