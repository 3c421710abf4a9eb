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
    const s = try l.addManyAsSlice(4);
    for (s, 0..) |*x, i| x.* = @intCast(i * i);
    show("four", l.items, l.capacity);
    const e = try l.addManyAsSlice(0);
    std.debug.print("zero len: {d}\n", .{e.len});
}
