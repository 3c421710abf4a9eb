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
    try l.ensureTotalCapacity(8);
    try l.appendSlice(&.{ 1, 2 });
    const s = l.addManyAtAssumeCapacity(0, 3);
    @memset(s, 0);
    show("3 at 0", l.items, l.capacity);
}
