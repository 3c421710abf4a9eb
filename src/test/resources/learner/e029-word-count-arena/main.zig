const std = @import("std");

pub fn main() !void {
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    const a = arena.allocator();
    const text = "the quick brown fox jumps over the lazy dog the end";
    var counts = std.StringHashMap(u32).init(a);
    var it = std.mem.tokenizeScalar(u8, text, ' ');
    while (it.next()) |w| {
        const gop = try counts.getOrPut(w);
        if (!gop.found_existing) gop.value_ptr.* = 0;
        gop.value_ptr.* += 1;
    }
    var keys = std.ArrayList([]const u8).init(a);
    var kit = counts.keyIterator();
    while (kit.next()) |k| try keys.append(k.*);
    std.mem.sort([]const u8, keys.items, {}, struct {
        fn lt(_: void, x: []const u8, y: []const u8) bool {
            return std.mem.lessThan(u8, x, y);
        }
    }.lt);
    for (keys.items) |k| std.debug.print("{s:<6}|{d:>3}\n", .{ k, counts.get(k).? });
    const upper = try std.ascii.allocUpperString(a, "mixed Case 42");
    std.debug.print("{s} {}\n", .{ upper, arena.queryCapacity() > 0 });
    const joined = try std.mem.join(a, "-", keys.items[0..3]);
    std.debug.print("{s}\n", .{joined});
    var buf: [32]u8 = undefined;
    const s = try std.fmt.bufPrint(&buf, "{d:.2}|{e}|{x:0>4}", .{ 3.14159, 1500.0, 255 });
    std.debug.print("{s}\n", .{s});
}
