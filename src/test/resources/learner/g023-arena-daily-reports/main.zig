const std = @import("std");

fn buildReport(arena: std.mem.Allocator, day: u32, items: []const []const u8) ![]const u8 {
    var lines = std.ArrayList([]const u8).init(arena);
    for (items, 1..) |item, n| {
        try lines.append(try std.fmt.allocPrint(arena, "{d:>2}. {s}", .{ n, item }));
    }
    const header = try std.fmt.allocPrint(arena, "== day {d} ({d} items) ==", .{ day, items.len });
    try lines.insert(0, header);
    return std.mem.join(arena, "\n", lines.items);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
    defer arena.deinit();
    const days = [_][]const []const u8{
        &.{ "milk", "eggs" },
        &.{},
        &.{ "flour", "sugar", "butter", "vanilla" },
    };
    for (days, 1..) |items, d| {
        const text = try buildReport(arena.allocator(), @intCast(d), items);
        std.debug.print("{s}\n", .{text});
        _ = arena.reset(.retain_capacity);
    }
    const a = arena.allocator();
    const nums = try a.alloc(u16, 4);
    @memset(nums, 7);
    nums[3] = 65535;
    std.debug.print("{any}\n", .{nums});
    const copy = try a.dupe(u16, nums[1..]);
    std.debug.print("{any} {d}\n", .{ copy, copy.len });
    const z = try a.dupeZ(u8, "zero-terminated");
    std.debug.print("{s} {d}\n", .{ z, z[z.len] });
    nums[3] += 1;
}
