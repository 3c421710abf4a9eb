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
    const bytes align(4) = [_]u8{ 0, 1, 0, 0, 0, 2, 0, 0, 0 };
    const un: []align(1) const i32 = std.mem.bytesAsSlice(i32, bytes[1..9]);
    try l.appendUnalignedSlice(a, un);
    show("from unaligned", l.items, l.capacity);
    try l.appendUnalignedSlice(a, &.{ 3, 4 });
    show("aligned too", l.items, l.capacity);
}
