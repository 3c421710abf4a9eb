const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var rows = std.ArrayList(std.ArrayList(i32)).init(alloc);
    defer {
        for (rows.items) |*r| r.deinit();
        rows.deinit();
    }
    for (0..4) |i| {
        var row = std.ArrayList(i32).init(alloc);
        for (0..i + 1) |j| try row.append(@intCast(i * 10 + j));
        try rows.append(row);
    }
    try rows.items[0].appendSlice(&.{ -1, -2 });
    try rows.items[1].insertSlice(1, &.{ 7, 7, 7 });
    _ = rows.items[2].orderedRemove(0);
    _ = rows.items[3].swapRemove(0);
    try rows.items[3].replaceRange(1, 2, &.{ 100, 200, 300 });
    for (rows.items, 0..) |r, i| std.debug.print("{d}: {any}\n", .{ i, r.items });
    var flat = std.ArrayList(i32).init(alloc);
    defer flat.deinit();
    for (rows.items) |r| try flat.appendSlice(r.items);
    std.debug.print("flat {d}: {any}\n", .{ flat.items.len, flat.items });
    std.debug.print("contains 300: {}\n", .{std.mem.indexOfScalar(i32, flat.items, 300) != null});
    try flat.resize(3);
    std.debug.print("resized {any} cap>=3 {}\n", .{ flat.items, flat.capacity >= 3 });
    flat.clearRetainingCapacity();
    std.debug.print("cleared {d}\n", .{flat.items.len});
    const longest = blk: {
        var best: usize = 0;
        for (rows.items, 0..) |r, i| {
            if (r.items.len > rows.items[best].items.len) best = i;
        }
        break :blk best;
    };
    std.debug.print("longest row {d}\n", .{longest});
    std.debug.print("{d}\n", .{rows.items[longest].items[rows.items[0].items.len + 3]});
}
