const std = @import("std");

pub fn main() !void {
    const text = "  the quick  brown fox  ";
    const trimmed = std.mem.trim(u8, text, " ");
    std.debug.print("[{s}]\n", .{trimmed});
    var it = std.mem.tokenizeScalar(u8, trimmed, ' ');
    var count: usize = 0;
    while (it.next()) |w| : (count += 1) std.debug.print("{d}: {s}\n", .{ count, w });
    var parts = std.mem.splitScalar(u8, "a,b,,c", ',');
    while (parts.next()) |p| std.debug.print("<{s}>", .{p});
    std.debug.print("\n", .{});
    var nums = [_]i32{ 5, -2, 9, 0, 3 };
    std.mem.sort(i32, &nums, {}, std.sort.asc(i32));
    std.debug.print("{any} max={d} min={d}\n", .{ nums, std.mem.max(i32, &nums), std.mem.min(i32, &nums) });
    std.debug.print("{d}\n", .{std.mem.count(u8, "banana", "an")});
}
