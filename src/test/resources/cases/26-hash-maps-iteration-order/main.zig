const std = @import("std");

const Point = struct { x: i32, y: i32 };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var ages = std.StringHashMap(u32).init(a);
    defer ages.deinit();
    const names = [_][]const u8{ "ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo", "kim", "lu" };
    for (names, 0..) |n, i| try ages.put(n, @intCast(i * 3));
    try ages.put("bob", 99);
    _ = ages.remove("cy");
    std.debug.print("count={d} cap={d} bob={?d} cy={?d}\n", .{ ages.count(), ages.capacity(), ages.get("bob"), ages.get("cy") });
    var it = ages.iterator();
    while (it.next()) |e| std.debug.print("{s}={d} ", .{ e.key_ptr.*, e.value_ptr.* });
    std.debug.print("\n", .{});

    var squares = std.AutoHashMap(u64, u64).init(a);
    defer squares.deinit();
    var i: u64 = 0;
    while (i < 20) : (i += 1) try squares.put(i * 7, i * i);
    var kit = squares.keyIterator();
    while (kit.next()) |k| std.debug.print("{d} ", .{k.*});
    std.debug.print("\n", .{});
    const gop = try squares.getOrPut(1000);
    std.debug.print("found={} contains 14: {}\n", .{ gop.found_existing, squares.contains(14) });
    gop.value_ptr.* = 1;
    if (squares.fetchRemove(14)) |kv| std.debug.print("removed {d}={d}\n", .{ kv.key, kv.value });

    var pts = std.AutoHashMap(Point, []const u8).init(a);
    defer pts.deinit();
    try pts.put(.{ .x = 1, .y = 2 }, "a");
    try pts.put(.{ .x = -5, .y = 7 }, "b");
    try pts.put(.{ .x = 1, .y = 2 }, "c");
    var pit = pts.iterator();
    while (pit.next()) |e| std.debug.print("({d},{d})={s} ", .{ e.key_ptr.x, e.key_ptr.y, e.value_ptr.* });
    std.debug.print("{d}\n", .{pts.count()});
    var e8 = std.AutoHashMap(u8, bool).init(a);
    defer e8.deinit();
    for (0..30) |k| try e8.put(@intCast(k * 5), k % 2 == 0);
    var eit = e8.keyIterator();
    while (eit.next()) |k| std.debug.print("{d} ", .{k.*});
    std.debug.print("\n", .{});
}
