const std = @import("std");

fn binarySearch(items: []const i32, target: i32) ?usize {
    var lo: usize = 0;
    var hi: usize = items.len - 1;
    while (lo <= hi) {
        const mid = lo + (hi - lo) / 2;
        if (items[mid] == target) return mid;
        if (items[mid] < target) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return null;
}

fn lowerBound(items: []const i32, target: i32) usize {
    var lo: usize = 0;
    var hi: usize = items.len;
    while (lo < hi) {
        const mid = (lo + hi) / 2;
        if (items[mid] < target) lo = mid + 1 else hi = mid;
    }
    return lo;
}

const data = [_]i32{ 2, 3, 5, 7, 11, 13, 17 };

test "found" {
    try std.testing.expectEqual(@as(?usize, 3), binarySearch(&data, 7));
    try std.testing.expectEqual(@as(?usize, 6), binarySearch(&data, 17));
    try std.testing.expectEqual(@as(?usize, null), binarySearch(&data, 8));
}

test "lower bound" {
    try std.testing.expectEqual(@as(usize, 0), lowerBound(&data, -5));
    try std.testing.expectEqual(@as(usize, 4), lowerBound(&data, 8));
    try std.testing.expectEqual(data.len, lowerBound(&data, 100));
}

test "smaller than everything" {
    try std.testing.expectEqual(@as(?usize, null), binarySearch(&data, 1));
}
