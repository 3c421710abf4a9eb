const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    const fruits = [_][]const u8{ "apple", "banana", "cherry" };
    const separators = [_][]const u8{ ", ", " | ", "", "\n  - " };
    for (separators) |sep| {
        const joined = try std.mem.join(allocator, sep, &fruits);
        defer allocator.free(joined);
        std.debug.print("sep \"{s}\": {s} (len {d})\n", .{ sep, joined, joined.len });
    }

    const none = try std.mem.join(allocator, ",", &[_][]const u8{});
    defer allocator.free(none);
    std.debug.print("empty join: '{s}' len {d}\n", .{ none, none.len });

    const greeting = try std.mem.concat(allocator, u8, &.{ "Hello", ", ", "World", "!" });
    defer allocator.free(greeting);
    std.debug.print("{s}\n", .{greeting});

    const a = [_]u16{ 1, 2, 3 };
    const b = [_]u16{ 40, 50 };
    const nums = try std.mem.concat(allocator, u16, &.{ &a, &b, &a });
    defer allocator.free(nums);
    std.debug.print("{any}\n", .{nums});

    var path_parts = std.ArrayList([]const u8).init(allocator);
    defer path_parts.deinit();
    try path_parts.appendSlice(&.{ "home", "learner", "zig", "src" });
    const path = try std.mem.join(allocator, "/", path_parts.items);
    defer allocator.free(path);
    std.debug.print("parts={d} joined={s}\n", .{ path_parts.items.len, path });
}
