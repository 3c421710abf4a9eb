const std = @import("std");

fn mergeSort(alloc: std.mem.Allocator, items: []i64) !void {
    if (items.len < 2) return;
    const mid = items.len / 2;
    try mergeSort(alloc, items[0..mid]);
    try mergeSort(alloc, items[mid..]);
    const tmp = try alloc.alloc(i64, items.len);
    defer alloc.free(tmp);
    var i: usize = 0;
    var j: usize = mid;
    var k: usize = 0;
    while (i < mid and j < items.len) : (k += 1) {
        if (items[i] <= items[j]) {
            tmp[k] = items[i];
            i += 1;
        } else {
            tmp[k] = items[j];
            j += 1;
        }
    }
    while (i < mid) : ({
        i += 1;
        k += 1;
    }) tmp[k] = items[i];
    while (j < items.len) : ({
        j += 1;
        k += 1;
    }) tmp[k] = items[j];
    @memcpy(items, tmp);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var prng = std.Random.DefaultPrng.init(42);
    const rand = prng.random();
    var nums: [20]i64 = undefined;
    for (&nums) |*n| n.* = rand.intRangeAtMost(i64, -50, 50);
    std.debug.print("before: {any}\n", .{nums});
    try mergeSort(gpa.allocator(), &nums);
    std.debug.print("after:  {any}\n", .{nums});
    std.debug.print("sorted: {}\n", .{std.sort.isSorted(i64, &nums, {}, std.sort.asc(i64))});
    const min_max = std.mem.minMax(i64, &nums);
    std.debug.print("min {d} max {d}\n", .{ min_max[0], min_max[1] });
}
