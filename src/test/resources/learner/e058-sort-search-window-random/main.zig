const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const nums = [_]i32{ 9, 2, 7, 4, 4, 1 };
    const sorted = try a.dupe(i32, &nums);
    defer a.free(sorted);
    std.mem.sort(i32, sorted, {}, std.sort.asc(i32));
    std.debug.print("{any}\n", .{sorted});
    const idx = std.sort.binarySearch(i32, sorted, @as(i32, 7), struct {
        fn cmp(k: i32, v: i32) std.math.Order {
            return std.math.order(k, v);
        }
    }.cmp);
    std.debug.print("7 at {?d}\n", .{idx});
    std.debug.print("lower 4: {d}, upper 4: {d}\n", .{ std.sort.lowerBound(i32, sorted, @as(i32, 4), struct {
        fn cmp(k: i32, v: i32) std.math.Order {
            return std.math.order(k, v);
        }
    }.cmp), std.sort.upperBound(i32, sorted, @as(i32, 4), struct {
        fn cmp(k: i32, v: i32) std.math.Order {
            return std.math.order(k, v);
        }
    }.cmp) });
    var win = std.mem.window(i32, &nums, 3, 2);
    while (win.next()) |w| std.debug.print("{any} ", .{w});
    std.debug.print("\n", .{});
    std.debug.print("min {d} max {d} at {d}\n", .{ std.mem.min(i32, &nums), std.mem.max(i32, &nums), std.mem.indexOfMax(i32, &nums) });
    var r = std.Random.DefaultPrng.init(42);
    const rand = r.random();
    var shuffled = nums;
    rand.shuffle(i32, &shuffled);
    std.debug.print("{any} {d}\n", .{ shuffled, rand.intRangeAtMost(u8, 1, 6) });
}
