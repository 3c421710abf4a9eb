const std = @import("std");

const inf = std.math.maxInt(u32);

fn floyd(a: std.mem.Allocator, n: usize, edges: []const [3]u32) ![][]u32 {
    const d = try a.alloc([]u32, n);
    for (d, 0..) |*row, i| {
        row.* = try a.alloc(u32, n);
        @memset(row.*, inf);
        row.*[i] = 0;
    }
    for (edges) |e| d[e[0]][e[1]] = e[2];
    for (0..n) |k| {
        for (0..n) |i| {
            if (d[i][k] == inf) continue;
            for (0..n) |j| {
                const via = d[i][k] + d[k][j];
                if (via < d[i][j]) d[i][j] = via;
            }
        }
    }
    return d;
}

fn printTable(d: []const []const u32) void {
    std.debug.print("     ", .{});
    for (0..d.len) |j| std.debug.print("{d:>5}", .{j});
    std.debug.print("\n", .{});
    for (d, 0..) |row, i| {
        std.debug.print("{d:>3}: ", .{i});
        for (row) |v| {
            if (v == inf) std.debug.print("{s:>5}", .{"-"}) else std.debug.print("{d:>5}", .{v});
        }
        std.debug.print("\n", .{});
    }
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const edges = [_][3]u32{ .{ 0, 1, 3 }, .{ 1, 2, 4 }, .{ 0, 2, 10 }, .{ 2, 3, 1 }, .{ 3, 0, 2 } };
    const d = try floyd(a, 5, &edges);
    defer {
        for (d) |row| a.free(row);
        a.free(d);
    }
    printTable(d);
    const d2 = try floyd(a, 3, &.{ .{ 0, 1, 5 }, .{ 1, 2, 7 } });
    printTable(d2);
}
