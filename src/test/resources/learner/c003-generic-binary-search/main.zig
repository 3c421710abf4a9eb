const std = @import("std");

fn binarySearch(comptime T: type, items: []const T, target: T, comptime lessThan: fn (T, T) bool) ?usize {
    var lo: usize = 0;
    var hi: usize = items.len;
    var steps: usize = 0;
    while (lo < hi) {
        steps += 1;
        const mid = lo + (hi - lo) / 2;
        if (lessThan(items[mid], target)) {
            lo = mid + 1;
        } else if (lessThan(target, items[mid])) {
            hi = mid;
        } else {
            std.debug.print("  found after {d} steps\n", .{steps});
            return mid;
        }
    }
    std.debug.print("  missing after {d} steps\n", .{steps});
    return null;
}

fn intLess(a: i64, b: i64) bool {
    return a < b;
}

fn strLess(a: []const u8, b: []const u8) bool {
    return std.mem.order(u8, a, b) == .lt;
}

const Version = struct {
    major: u8,
    minor: u8,

    fn less(a: Version, b: Version) bool {
        if (a.major != b.major) return a.major < b.major;
        return a.minor < b.minor;
    }
};

pub fn main() void {
    const primes = [_]i64{ 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41 };
    for ([_]i64{ 2, 23, 41, 24, -5 }) |t| {
        std.debug.print("search {d}:\n", .{t});
        const idx = binarySearch(i64, &primes, t, intLess);
        std.debug.print("  -> {?d}\n", .{idx});
    }

    const names = [_][]const u8{ "ada", "bob", "carol", "dave", "eve" };
    for ([_][]const u8{ "carol", "zed" }) |n| {
        std.debug.print("search {s}:\n", .{n});
        if (binarySearch([]const u8, &names, n, strLess)) |i| {
            std.debug.print("  {s} at {d}\n", .{ n, i });
        } else {
            std.debug.print("  {s} not present\n", .{n});
        }
    }

    const versions = [_]Version{ .{ .major = 0, .minor = 9 }, .{ .major = 0, .minor = 11 }, .{ .major = 0, .minor = 14 }, .{ .major = 1, .minor = 0 } };
    const want = Version{ .major = 0, .minor = 14 };
    const at = binarySearch(Version, &versions, want, Version.less) orelse unreachable;
    std.debug.print("version {d}.{d} at index {d}\n", .{ want.major, want.minor, at });
}
