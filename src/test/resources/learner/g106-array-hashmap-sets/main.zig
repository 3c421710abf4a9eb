const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var seen = std.AutoArrayHashMap(u32, void).init(alloc);
    defer seen.deinit();
    const nums = [_]u32{ 5, 3, 5, 9, 3, 1, 9, 9, 4 };
    for (nums) |n| try seen.put(n, {});
    std.debug.print("unique in order: {any}\n", .{seen.keys()});
    _ = seen.orderedRemove(3);
    std.debug.print("after orderedRemove(3): {any}\n", .{seen.keys()});
    _ = seen.swapRemove(5);
    std.debug.print("after swapRemove(5): {any}\n", .{seen.keys()});
    seen.sort(struct {
        keys: []const u32,
        pub fn lessThan(ctx: @This(), a: usize, b: usize) bool {
            return ctx.keys[a] < ctx.keys[b];
        }
    }{ .keys = seen.keys() });
    std.debug.print("sorted: {any}\n", .{seen.keys()});
    var set = std.StringArrayHashMap(usize).init(alloc);
    defer set.deinit();
    for ([_][]const u8{ "red", "green", "red", "blue", "green", "red" }) |c| {
        const gop = try set.getOrPut(c);
        gop.value_ptr.* = if (gop.found_existing) gop.value_ptr.* + 1 else 1;
    }
    for (set.keys(), set.values()) |k, v| std.debug.print("{s}={d} ", .{ k, v });
    std.debug.print("\nindex of blue {?d}\n", .{set.getIndex("blue")});
    std.debug.print("{s}\n", .{set.keys()[set.count()]});
}
