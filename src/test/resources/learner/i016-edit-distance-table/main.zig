const std = @import("std");

fn editDistance(a: std.mem.Allocator, s: []const u8, t: []const u8) !u8 {
    const rows = s.len + 1;
    const cols = t.len + 1;
    const flat = try a.alloc(u8, rows * cols);
    defer a.free(flat);
    const table = try a.alloc([]u8, rows);
    defer a.free(table);
    for (table, 0..) |*row, i| row.* = flat[i * cols .. (i + 1) * cols];

    for (0..rows) |i| table[i][0] = @intCast(i);
    for (0..cols) |j| table[0][j] = @intCast(j);
    for (1..rows) |i| {
        for (1..cols) |j| {
            const cost: u8 = if (s[i - 1] == t[j - 1]) 0 else 1;
            table[i][j] = @min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost);
        }
    }
    if (rows <= 8) {
        std.debug.print("    ", .{});
        for (t) |c| std.debug.print("{c:>3}", .{c});
        std.debug.print("\n", .{});
        for (table, 0..) |row, i| {
            std.debug.print("{c} ", .{if (i == 0) ' ' else s[i - 1]});
            for (row) |v| std.debug.print("{d:>3}", .{v});
            std.debug.print("\n", .{});
        }
    }
    return table[rows - 1][cols - 1];
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const pairs = [_][2][]const u8{
        .{ "kitten", "sitting" },
        .{ "flaw", "lawn" },
        .{ "", "abc" },
        .{ "zig", "zig" },
    };
    for (pairs) |p| {
        const d = try editDistance(a, p[0], p[1]);
        std.debug.print("d({s}, {s}) = {d}\n\n", .{ p[0], p[1], d });
    }
    const long = "a" ** 300;
    std.debug.print("long: {d}\n", .{try editDistance(a, long, "b")});
}
