const std = @import("std");

const Matrix = struct {
    rows: usize,
    cols: usize,
    data: []f64,

    fn init(alloc: std.mem.Allocator, rows: usize, cols: usize) !Matrix {
        const data = try alloc.alloc(f64, rows * cols);
        @memset(data, 0);
        return .{ .rows = rows, .cols = cols, .data = data };
    }
    fn at(self: Matrix, r: usize, c: usize) *f64 {
        return &self.data[r * self.cols + c];
    }
    fn mul(a: Matrix, alloc: std.mem.Allocator, b: Matrix) !Matrix {
        if (a.cols != b.rows) return error.DimensionMismatch;
        const out = try Matrix.init(alloc, a.rows, b.cols);
        for (0..a.rows) |i| for (0..b.cols) |j| for (0..a.cols) |k| {
            out.at(i, j).* += a.at(i, k).* * b.at(k, j).*;
        };
        return out;
    }
    pub fn format(self: Matrix, comptime _: []const u8, _: std.fmt.FormatOptions, w: anytype) !void {
        for (0..self.rows) |r| {
            try w.writeAll(if (r == 0) "[" else " ");
            for (0..self.cols) |c| try w.print("{d:>6.1}", .{self.at(r, c).*});
            try w.writeAll(if (r + 1 == self.rows) " ]" else "\n");
        }
    }
};

pub fn main() !void {
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    const alloc = arena.allocator();
    var a = try Matrix.init(alloc, 2, 3);
    var b = try Matrix.init(alloc, 3, 2);
    for (a.data, 0..) |*x, i| x.* = @floatFromInt(i + 1);
    for (b.data, 0..) |*x, i| x.* = @as(f64, @floatFromInt(i)) * 0.5;
    std.debug.print("{}\n{}\n", .{ a, b });
    const c = try a.mul(alloc, b);
    std.debug.print("{}\n", .{c});
    if (a.mul(alloc, a)) |_| {} else |e| std.debug.print("a*a: {s}\n", .{@errorName(e)});
    b.rows = 4;
    for (0..b.rows) |r| std.debug.print("row {d}: {d}\n", .{ r, b.at(r, 1).* });
}
