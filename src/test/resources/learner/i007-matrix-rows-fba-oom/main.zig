const std = @import("std");

const Matrix = struct {
    rows: [][]f64,

    fn init(a: std.mem.Allocator, r: usize, c: usize) !Matrix {
        const rows = try a.alloc([]f64, r);
        var done: usize = 0;
        errdefer {
            for (rows[0..done]) |row| a.free(row);
            a.free(rows);
        }
        while (done < r) : (done += 1) {
            rows[done] = try a.alloc(f64, c);
            @memset(rows[done], 0);
        }
        return .{ .rows = rows };
    }

    fn deinit(self: Matrix, a: std.mem.Allocator) void {
        for (self.rows) |row| a.free(row);
        a.free(self.rows);
    }

    fn mul(a: std.mem.Allocator, x: Matrix, y: Matrix) !Matrix {
        const out = try Matrix.init(a, x.rows.len, y.rows[0].len);
        for (out.rows, 0..) |row, i| {
            for (row, 0..) |*cell, j| {
                for (x.rows[i], 0..) |v, k| cell.* += v * y.rows[k][j];
            }
        }
        return out;
    }

    fn print(self: Matrix, label: []const u8) void {
        std.debug.print("{s} ({d}x{d}):\n", .{ label, self.rows.len, self.rows[0].len });
        for (self.rows) |row| {
            for (row) |v| std.debug.print("{d:>8.2}", .{v});
            std.debug.print("\n", .{});
        }
    }
};

fn buildAndMultiply(a: std.mem.Allocator, n: usize) !void {
    const m = try Matrix.init(a, n, n);
    defer m.deinit(a);
    const id = try Matrix.init(a, n, n);
    defer id.deinit(a);
    for (m.rows, 0..) |row, i| {
        for (row, 0..) |*v, j| v.* = @as(f64, @floatFromInt(i * n + j)) / 3.0;
        id.rows[i][i] = 2.5;
    }
    const p = try Matrix.mul(a, m, id);
    defer p.deinit(a);
    p.print("m * 2.5I");
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    try buildAndMultiply(gpa.allocator(), 3);

    var buf: [400]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    try buildAndMultiply(fba.allocator(), 2);
    std.debug.print("fba used {d} of {d}\n", .{ fba.end_index, buf.len });
    fba.reset();
    try buildAndMultiply(fba.allocator(), 4);
}
