const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const mem = try a.alloc(i32, 3);
    @memcpy(mem, &[_]i32{ 7, 8, 9 });
    var l = std.ArrayList(i32).fromOwnedSlice(a, mem);
    defer l.deinit();
    show("adopted", l.items, l.capacity);
    try l.append(10);
    show("appended", l.items, l.capacity);
}
