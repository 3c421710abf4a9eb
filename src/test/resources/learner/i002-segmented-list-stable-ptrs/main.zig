const std = @import("std");

const Particle = struct {
    id: u32,
    x: i32,
    y: i32,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.assert(gpa.deinit() == .ok);
    const allocator = gpa.allocator();

    // SegmentedList never moves its items, so pointers stay valid as it grows.
    var list: std.SegmentedList(Particle, 4) = .{};
    defer list.deinit(allocator);

    var first_ptrs: [3]*Particle = undefined;
    var i: u32 = 0;
    while (i < 20) : (i += 1) {
        const p = try list.addOne(allocator);
        p.* = .{ .id = i, .x = @intCast(i * 3), .y = -@as(i32, @intCast(i)) };
        if (i < 3) first_ptrs[i] = p;
    }
    std.debug.print("count = {d}\n", .{list.count()});
    for (first_ptrs) |p| p.x += 1000;
    std.debug.print("at(0) = {any}\n", .{list.at(0).*});
    std.debug.print("at(2).x = {d}\n", .{list.at(2).x});

    var it = list.iterator(15);
    while (it.next()) |p| {
        std.debug.print("  #{d}: ({d}, {d})\n", .{ p.id, p.x, p.y });
    }

    var sum: i64 = 0;
    var cit = list.constIterator(0);
    while (cit.next()) |p| sum += p.x + p.y;
    std.debug.print("sum = {d}\n", .{sum});

    const last = list.pop().?;
    std.debug.print("popped #{d}, count = {d}\n", .{ last.id, list.count() });

    var copy: [5]Particle = undefined;
    list.writeToSlice(&copy, 4);
    for (copy) |p| std.debug.print("{d} ", .{p.id});
    std.debug.print("\n", .{});

    list.shrinkRetainingCapacity(6);
    try list.appendSlice(allocator, &.{ .{ .id = 100, .x = 1, .y = 1 }, .{ .id = 101, .x = 2, .y = 2 } });
    std.debug.print("count after shrink+append = {d}, at(7).id = {d}\n", .{ list.count(), list.at(7).id });
    list.clearAndFree(allocator);
    std.debug.print("cleared: {d}\n", .{list.count()});
}
