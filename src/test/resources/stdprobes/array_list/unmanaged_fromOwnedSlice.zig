const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const mem = try a.alloc(i32, 2);
    @memcpy(mem, &[_]i32{ 4, 5 });
    var l = std.ArrayListUnmanaged(i32).fromOwnedSlice(mem);
    defer l.deinit(a);
    show("adopted", l.items, l.capacity);
    try l.append(a, 6);
    show("appended", l.items, l.capacity);
}
