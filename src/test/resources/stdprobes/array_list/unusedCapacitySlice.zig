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
    try l.ensureTotalCapacityPrecise(5);
    try l.appendSlice(&.{ 1, 2 });
    const u = l.unusedCapacitySlice();
    std.debug.print("unused len {d}\n", .{u.len});
    u[0] = 3;
    l.items.len += 1;
    show("after", l.items, l.capacity);
}
