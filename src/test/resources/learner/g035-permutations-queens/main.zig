const std = @import("std");

fn permute(items: []u8, k: usize, out: *std.ArrayList([]u8), alloc: std.mem.Allocator) !void {
    if (k == items.len) {
        try out.append(try alloc.dupe(u8, items));
        return;
    }
    for (k..items.len) |i| {
        std.mem.swap(u8, &items[k], &items[i]);
        try permute(items, k + 1, out, alloc);
        std.mem.swap(u8, &items[k], &items[i]);
    }
}

fn queens(n: usize, row: usize, cols: *[8]bool, d1: *[15]bool, d2: *[15]bool) usize {
    if (row == n) return 1;
    var count: usize = 0;
    for (0..n) |c| {
        if (cols[c] or d1[row + c] or d2[row + n - 1 - c]) continue;
        cols[c] = true;
        d1[row + c] = true;
        d2[row + n - 1 - c] = true;
        count += queens(n, row + 1, cols, d1, d2);
        cols[c] = false;
        d1[row + c] = false;
        d2[row + n - 1 - c] = false;
    }
    return count;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var perms = std.ArrayList([]u8).init(alloc);
    defer {
        for (perms.items) |p| alloc.free(p);
        perms.deinit();
    }
    var letters = "abc".*;
    try permute(&letters, 0, &perms, alloc);
    std.mem.sort([]u8, perms.items, {}, struct {
        fn lt(_: void, a: []u8, b: []u8) bool {
            return std.mem.lessThan(u8, a, b);
        }
    }.lt);
    for (perms.items) |p| std.debug.print("{s} ", .{p});
    std.debug.print("({d})\n", .{perms.items.len});
    for (1..9) |n| {
        var cols = [_]bool{false} ** 8;
        var d1 = [_]bool{false} ** 15;
        var d2 = [_]bool{false} ** 15;
        std.debug.print("{d}:{d} ", .{ n, queens(n, 0, &cols, &d1, &d2) });
    }
    std.debug.print("\n", .{});
    var cols = [_]bool{false} ** 8;
    var d1 = [_]bool{false} ** 15;
    var d2 = [_]bool{false} ** 15;
    std.debug.print("{d}\n", .{queens(9, 0, &cols, &d1, &d2)});
}
