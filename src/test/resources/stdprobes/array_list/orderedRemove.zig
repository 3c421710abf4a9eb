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
    try l.appendSlice(&.{ 10, 20, 30, 40 });
    std.debug.print("removed {d}\n", .{l.orderedRemove(1)});
    show("after", l.items, l.capacity);
    std.debug.print("removed last {d}\n", .{l.orderedRemove(l.items.len - 1)});
    std.debug.print("removed first {d}\n", .{l.orderedRemove(0)});
    show("after", l.items, l.capacity);
}
