const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var stock = std.AutoArrayHashMap(u32, []const u8).init(gpa.allocator());
    defer stock.deinit();

    try stock.put(104, "hammer");
    try stock.put(101, "saw");
    try stock.put(107, "drill");
    try stock.put(102, "level");
    try stock.put(105, "clamp");
    try stock.put(101, "hand saw");

    std.debug.print("keys:   {any}\n", .{stock.keys()});
    std.debug.print("values:", .{});
    for (stock.values()) |v| std.debug.print(" {s}", .{v});
    std.debug.print("\n", .{});

    _ = stock.swapRemove(104);
    std.debug.print("after swapRemove(104):    {any}\n", .{stock.keys()});
    _ = stock.orderedRemove(107);
    std.debug.print("after orderedRemove(107): {any}\n", .{stock.keys()});

    if (stock.getIndex(102)) |i| std.debug.print("102 is at index {d}\n", .{i});
    var it = stock.iterator();
    while (it.next()) |entry| {
        std.debug.print("{d} => {s}\n", .{ entry.key_ptr.*, entry.value_ptr.* });
    }
    std.debug.print("count {d}, has 104: {}\n", .{ stock.count(), stock.contains(104) });
}
