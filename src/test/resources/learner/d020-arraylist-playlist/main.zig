const std = @import("std");

const Song = struct { title: []const u8, secs: u32 };

fn show(list: std.ArrayList(Song)) void {
    var total: u32 = 0;
    for (list.items, 0..) |s, i| {
        std.debug.print("{d}. {s} ({d}:{d:0>2})\n", .{ i + 1, s.title, s.secs / 60, s.secs % 60 });
        total += s.secs;
    }
    std.debug.print("-- {d} songs, {d} min\n", .{ list.items.len, total / 60 });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var list = std.ArrayList(Song).init(allocator);
    defer list.deinit();
    try list.append(.{ .title = "intro", .secs = 65 });
    try list.append(.{ .title = "storm", .secs = 241 });
    try list.append(.{ .title = "calm", .secs = 180 });
    try list.insert(0, .{ .title = "overture", .secs = 300 });
    try list.insert(2, .{ .title = "bridge", .secs = 30 });
    show(list);

    const removed = list.orderedRemove(1);
    std.debug.print("orderedRemove -> {s}\n", .{removed.title});
    const swapped = list.swapRemove(0);
    std.debug.print("swapRemove -> {s}\n", .{swapped.title});
    show(list);

    try list.replaceRange(1, 2, &.{ .{ .title = "a", .secs = 10 }, .{ .title = "b", .secs = 20 }, .{ .title = "c", .secs = 30 } });
    show(list);
    try list.appendSlice(&.{.{ .title = "outro", .secs = 90 }});
    std.debug.print("capacity >= len: {}\n", .{list.capacity >= list.items.len});

    const owned = try list.toOwnedSlice();
    defer allocator.free(owned);
    std.debug.print("owned {d}, list now {d}\n", .{ owned.len, list.items.len });
    std.debug.print("last: {s}\n", .{owned[owned.len - 1].title});

    var clone = try std.ArrayList(Song).initCapacity(allocator, 2);
    defer clone.deinit();
    clone.appendSliceAssumeCapacity(owned[0..2]);
    std.debug.print("clone first {s}, {d}\n", .{ clone.items[0].title, clone.items.len });
    std.debug.print("{s}\n", .{owned[owned.len].title});
}
