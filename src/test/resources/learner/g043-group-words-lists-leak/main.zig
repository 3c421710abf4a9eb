const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var groups = std.StringHashMap(std.ArrayList([]const u8)).init(alloc);
    defer groups.deinit();

    const words = [_][]const u8{ "apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet" };
    for (words) |w| {
        const gop = try groups.getOrPut(w[0..1]);
        if (!gop.found_existing) gop.value_ptr.* = std.ArrayList([]const u8).init(alloc);
        try gop.value_ptr.append(w);
    }

    var keys: [8][]const u8 = undefined;
    var n: usize = 0;
    var it = groups.keyIterator();
    while (it.next()) |k| : (n += 1) keys[n] = k.*;
    std.mem.sort([]const u8, keys[0..n], {}, struct {
        fn lt(_: void, a: []const u8, b: []const u8) bool {
            return std.mem.order(u8, a, b) == .lt;
        }
    }.lt);
    for (keys[0..n]) |k| {
        const list = groups.get(k).?;
        std.debug.print("{s}: ", .{k});
        for (list.items, 0..) |w, i| std.debug.print("{s}{s}", .{ if (i > 0) ", " else "", w });
        std.debug.print(" ({d})\n", .{list.items.len});
    }
    var vit = groups.valueIterator();
    while (vit.next()) |list| {
        if (list.items.len > 2) list.deinit();
    }
}
