const std = @import("std");

const Matrix = struct {
    rows: usize,
    cols: usize,
    data: []f64,

    fn init(allocator: std.mem.Allocator, rows: usize, cols: usize) !Matrix {
        const data = try allocator.alloc(f64, rows * cols);
        @memset(data, 0);
        return .{ .rows = rows, .cols = cols, .data = data };
    }

    fn deinit(self: Matrix, allocator: std.mem.Allocator) void {
        allocator.free(self.data);
    }

    fn at(self: Matrix, r: usize, c: usize) *f64 {
        return &self.data[r * self.cols + c];
    }

    fn mul(a: Matrix, b: Matrix, allocator: std.mem.Allocator) !Matrix {
        if (a.cols != b.rows) return error.ShapeMismatch;
        var out = try Matrix.init(allocator, a.rows, b.cols);
        for (0..a.rows) |i| for (0..b.cols) |j| {
            var s: f64 = 0;
            for (0..a.cols) |k| s += a.at(i, k).* * b.at(k, j).*;
            out.at(i, j).* = s;
        };
        return out;
    }

    fn print(self: Matrix, name: []const u8) void {
        std.debug.print("{s} ({d}x{d}):\n", .{ name, self.rows, self.cols });
        for (0..self.rows) |r| {
            for (0..self.cols) |c| std.debug.print("{d:>7.2}", .{self.at(r, c).*});
            std.debug.print("\n", .{});
        }
    }
};

pub fn main() !void {
    const allocator = std.heap.page_allocator;
    var a = try Matrix.init(allocator, 2, 3);
    defer a.deinit(allocator);
    var b = try Matrix.init(allocator, 3, 2);
    defer b.deinit(allocator);
    for (a.data, 0..) |*x, i| x.* = @floatFromInt(i + 1);
    for (b.data, 0..) |*x, i| x.* = @as(f64, @floatFromInt(i)) * 0.5;
    a.print("a");
    b.print("b");
    const c = try a.mul(b, allocator);
    defer c.deinit(allocator);
    c.print("a*b");
    if (a.mul(a, allocator)) |bad| {
        bad.deinit(allocator);
    } else |err| std.debug.print("a*a: {s}\n", .{@errorName(err)});
}
