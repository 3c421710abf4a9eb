const std = @import("std");

fn det(alloc: std.mem.Allocator, m: []const []const f64) !f64 {
    const n = m.len;
    if (n == 1) return m[0][0];
    if (n == 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
    var total: f64 = 0;
    const rows = try alloc.alloc([]f64, n - 1);
    defer alloc.free(rows);
    for (rows) |*r| r.* = try alloc.alloc(f64, n - 1);
    defer for (rows) |r| alloc.free(r);
    for (0..n) |col| {
        for (1..n) |i| {
            var k: usize = 0;
            for (0..n) |j| {
                if (j == col) continue;
                rows[i - 1][k] = m[i][j];
                k += 1;
            }
        }
        const sign: f64 = if (col % 2 == 0) 1 else -1;
        total += sign * m[0][col] * try det(alloc, rows);
    }
    return total;
}

pub fn main() !void {
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    const a = arena.allocator();
    const m3 = [_][]const f64{ &.{ 2, -3, 1 }, &.{ 2, 0, -1 }, &.{ 1, 4, 5 } };
    const m4 = [_][]const f64{ &.{ 1, 0, 2, -1 }, &.{ 3, 0, 0, 5 }, &.{ 2, 1, 4, -3 }, &.{ 1, 0, 5, 0 } };
    std.debug.print("det3={d} det4={d}\n", .{ try det(a, &m3), try det(a, &m4) });
    const id = [_][]const f64{ &.{ 1, 0 }, &.{ 0, 1 } };
    std.debug.print("det2={d:.1} {e}\n", .{ try det(a, &id), try det(a, &m3) });
    var rows: [3][3]i32 = undefined;
    for (&rows, 0..) |*r, i| {
        for (r, 0..) |*c, j| c.* = @as(i32, @intCast(i * 3 + j)) - 4;
    }
    const flat: *const [9]i32 = @ptrCast(&rows);
    std.debug.print("flat={any}\n", .{flat.*});
    const col1 = blk: {
        var c: [3]i32 = undefined;
        for (rows, 0..) |r, i| c[i] = r[1];
        break :blk c;
    };
    std.debug.print("col1={any} row2={any}\n", .{ col1, rows[2][0..2] });
    const bad = [_][]const f64{ &.{ 1, 2 }, &.{3} };
    std.debug.print("{d}\n", .{try det(a, &bad)});
}
