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
    show("fresh", l.items, l.capacity);
    try l.append(3);
    show("one append", l.items, l.capacity);
    var e = std.ArrayList(u8).init(a);
    _ = &e;
    e.deinit();
    std.debug.print("deinit without use: ok\n", .{});
}
