const std = @import("std");

fn collectEvens(allocator: std.mem.Allocator, upto: u32) ![]u32 {
    var list = std.ArrayList(u32).init(allocator);
    errdefer list.deinit();
    var n: u32 = 0;
    while (n <= upto) : (n += 2) try list.append(n);
    return list.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa says {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    const evens = try collectEvens(allocator, 12);
    defer allocator.free(evens);
    std.debug.print("evens: {any} ({d} items)\n", .{ evens, evens.len });

    var original = std.ArrayList(u32).init(allocator);
    defer original.deinit();
    try original.appendSlice(evens[1..4]);

    var copy = try original.clone();
    defer copy.deinit();
    copy.items[0] = 999;
    try copy.append(1000);
    std.debug.print("original: {any}\n", .{original.items});
    std.debug.print("clone:    {any}\n", .{copy.items});
    std.debug.print("clone capacity >= original: {}\n", .{copy.capacity >= original.capacity});

    const owned = try copy.toOwnedSlice();
    defer allocator.free(owned);
    std.debug.print("after toOwnedSlice: copy.len={d} copy.cap={d}, owned={any}\n", .{ copy.items.len, copy.capacity, owned });

    var again = std.ArrayList(u32).fromOwnedSlice(allocator, try allocator.dupe(u32, owned));
    defer again.deinit();
    try again.insert(0, 1);
    std.debug.print("fromOwnedSlice + insert: {any}\n", .{again.items});
}
