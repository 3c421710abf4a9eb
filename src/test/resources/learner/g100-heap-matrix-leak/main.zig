const std = @import("std");

const Matrix = struct {
    rows: usize,
    cols: usize,
    data: []f32,

    fn init(alloc: std.mem.Allocator, rows: usize, cols: usize) !Matrix {
        const data = try alloc.alloc(f32, rows * cols);
        @memset(data, 0);
        return .{ .rows = rows, .cols = cols, .data = data };
    }

    fn deinit(self: Matrix, alloc: std.mem.Allocator) void {
        alloc.free(self.data);
    }

    fn at(self: Matrix, r: usize, c: usize) *f32 {
        return &self.data[r * self.cols + c];
    }

    fn mul(a: Matrix, b: Matrix, alloc: std.mem.Allocator) !Matrix {
        if (a.cols != b.rows) return error.DimensionMismatch;
        var out = try Matrix.init(alloc, a.rows, b.cols);
        for (0..a.rows) |i| for (0..b.cols) |j| for (0..a.cols) |k| {
            out.at(i, j).* += a.at(i, k).* * b.at(k, j).*;
        };
        return out;
    }

    fn print(self: Matrix) void {
        for (0..self.rows) |r| {
            for (0..self.cols) |c| std.debug.print("{d:>7.2}", .{self.at(r, c).*});
            std.debug.print("\n", .{});
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const a = try Matrix.init(alloc, 2, 3);
    defer a.deinit(alloc);
    const b = try Matrix.init(alloc, 3, 2);
    defer b.deinit(alloc);
    for (a.data, 0..) |*v, i| v.* = @floatFromInt(i + 1);
    for (b.data, 0..) |*v, i| v.* = 0.5 * @as(f32, @floatFromInt(i));
    const c = try a.mul(b, alloc);
    defer c.deinit(alloc);
    c.print();
    const d = try c.mul(c, alloc);
    d.print();
    const e = try a.mul(a, alloc);
    defer e.deinit(alloc);
}
