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
    try l.appendSlice(&.{ 5, 6 });
    const owned = try l.toOwnedSliceSentinel(-1);
    defer a.free(owned);
    std.debug.print("owned: {any} sentinel {d}\n", .{ owned, owned[owned.len] });
    var b = std.ArrayList(u8).init(a);
    try b.appendSlice("zig");
    const z = try b.toOwnedSliceSentinel(0);
    defer a.free(z);
    std.debug.print("string: {s} len {d} sentinel {d}\n", .{ z, z.len, z[z.len] });
}
