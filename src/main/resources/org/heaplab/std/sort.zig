//! Sorting, after Zig 0.14's `std.sort`.

const std = @import("std.zig");

/// A comparator for `sort(T, items, {}, asc(T))`: ascending order.
pub fn asc(comptime T: type) fn (void, T, T) bool {
    return struct {
        pub fn inner(_: void, a: T, b: T) bool {
            return a < b;
        }
    }.inner;
}

/// A comparator for `sort(T, items, {}, desc(T))`: descending order.
pub fn desc(comptime T: type) fn (void, T, T) bool {
    return struct {
        pub fn inner(_: void, a: T, b: T) bool {
            return a > b;
        }
    }.inner;
}

/// Stable in-place insertion sort: O(n^2) comparisons, fine for the small slices of the lab.
pub fn insertion(comptime T: type, items: []T, context: anytype, comptime lessThan: fn (@TypeOf(context), T, T) bool) void {
    var i: usize = 1;
    while (i < items.len) : (i += 1) {
        const x = items[i];
        var j = i;
        while (j > 0 and lessThan(context, x, items[j - 1])) : (j -= 1) {
            items[j] = items[j - 1];
        }
        items[j] = x;
    }
}

/// Stable sort (Zig uses block sort; for the lab's slices insertion sort gives the same order).
pub fn block(comptime T: type, items: []T, context: anytype, comptime lessThan: fn (@TypeOf(context), T, T) bool) void {
    insertion(T, items, context, lessThan);
}

/// Whether `items` is sorted by `lessThan`.
pub fn isSorted(comptime T: type, items: []const T, context: anytype, comptime lessThan: fn (@TypeOf(context), T, T) bool) bool {
    var i: usize = 1;
    while (i < items.len) : (i += 1) {
        if (lessThan(context, items[i], items[i - 1])) return false;
    }
    return true;
}
