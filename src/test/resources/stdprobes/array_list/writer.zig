const std = @import("std");

fn show(label: []const u8, items: []const i32, cap: usize) void {
    std.debug.print("{s}: {any} len {d} cap {d}\n", .{ label, items, items.len, cap });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = std.ArrayList(u8).init(a);
    defer l.deinit();
    const w = l.writer();
    try w.print("x={d}, ", .{42});
    try w.writeAll("done");
    try w.writeByte('!');
    std.debug.print("{s} (len {d})\n", .{ l.items, l.items.len });
}
