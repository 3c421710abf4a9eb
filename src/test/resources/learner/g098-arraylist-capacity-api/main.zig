const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var list = std.ArrayList(u32).init(alloc);
    defer list.deinit();
    try list.appendNTimes(7, 3);
    try list.ensureTotalCapacity(10);
    const cap = list.capacity;
    list.appendAssumeCapacity(8);
    std.debug.print("{any} cap ok {}\n", .{ list.items, cap >= 10 });
    const slot = try list.addManyAsArray(2);
    slot.* = .{ 100, 200 };
    std.debug.print("{any}\n", .{list.items});
    std.debug.print("last {?d} first {d}\n", .{ list.getLastOrNull(), list.items[0] });
    list.expandToCapacity();
    std.debug.print("expanded ok {}\n", .{list.items.len == list.capacity});
    list.shrinkRetainingCapacity(4);
    std.mem.reverse(u32, list.items);
    std.debug.print("{any}\n", .{list.items});
    var other = try list.clone();
    defer other.deinit();
    try other.insert(0, 1);
    std.debug.print("{any} vs {any}\n", .{ list.items, other.items });
    const owned = try other.toOwnedSlice();
    defer alloc.free(owned);
    std.debug.print("owned {any}, other now {d}\n", .{ owned, other.items.len });
    list.clearAndFree();
    std.debug.print("{d} {d}\n", .{ list.items.len, list.capacity });
    std.debug.print("{d}\n", .{list.getLast()});
}
