const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var ages = std.AutoHashMap(u32, u8).init(alloc);
    defer ages.deinit();
    for (0..12) |i| try ages.put(@intCast(i * 7), @intCast(20 + i));
    var to_remove = std.ArrayList(u32).init(alloc);
    defer to_remove.deinit();
    var it = ages.iterator();
    while (it.next()) |e| {
        if (e.value_ptr.* % 3 == 0) try to_remove.append(e.key_ptr.*);
    }
    for (to_remove.items) |k| _ = ages.remove(k);
    std.debug.print("removed {d}, left {d}\n", .{ to_remove.items.len, ages.count() });
    var keys = std.ArrayList(u32).init(alloc);
    defer keys.deinit();
    var kit = ages.keyIterator();
    while (kit.next()) |k| try keys.append(k.*);
    std.mem.sort(u32, keys.items, {}, std.sort.asc(u32));
    std.debug.print("keys {any}\n", .{keys.items});
    if (ages.getEntry(14)) |e| e.value_ptr.* += 100;
    std.debug.print("14 -> {?d}, 15 -> {?d}\n", .{ ages.get(14), ages.get(15) });
    const old = try ages.fetchPut(14, 1);
    std.debug.print("fetchPut old={?d}\n", .{if (old) |kv| kv.value else null});
    var ordered = std.AutoArrayHashMap(u8, []const u8).init(alloc);
    defer ordered.deinit();
    try ordered.put(3, "c");
    try ordered.put(1, "a");
    try ordered.put(2, "b");
    try ordered.put(9, "z");
    _ = ordered.orderedRemove(1);
    _ = ordered.swapRemove(3);
    std.debug.print("ordered keys {any} values {s}\n", .{ ordered.keys(), ordered.values() });
    var cap = try ages.clone();
    defer cap.deinit();
    cap.clearRetainingCapacity();
    std.debug.print("clone cleared count={d} cap>0={}\n", .{ cap.count(), cap.capacity() > 0 });
    try ages.ensureTotalCapacity(64);
    ages.putAssumeCapacity(1000, 1);
    std.debug.print("{d}\n", .{ages.get(1000).?});
    std.debug.print("{d}\n", .{ages.get(1001).?});
}
