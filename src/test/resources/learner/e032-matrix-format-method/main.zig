const std = @import("std");

const Matrix = struct {
    rows: usize,
    cols: usize,
    data: []f32,

    fn init(a: std.mem.Allocator, rows: usize, cols: usize) !Matrix {
        const data = try a.alloc(f32, rows * cols);
        @memset(data, 0);
        return .{ .rows = rows, .cols = cols, .data = data };
    }
    fn at(self: Matrix, r: usize, c: usize) *f32 {
        return &self.data[r * self.cols + c];
    }
    fn mul(a: std.mem.Allocator, x: Matrix, y: Matrix) !Matrix {
        if (x.cols != y.rows) return error.DimensionMismatch;
        var m = try Matrix.init(a, x.rows, y.cols);
        for (0..x.rows) |i| for (0..y.cols) |j| {
            var s: f32 = 0;
            for (0..x.cols) |k| s += x.at(i, k).* * y.at(k, j).*;
            m.at(i, j).* = s;
        };
        return m;
    }
    pub fn format(self: Matrix, comptime fmt: []const u8, opts: std.fmt.FormatOptions, w: anytype) !void {
        _ = fmt;
        _ = opts;
        for (0..self.rows) |r| {
            try w.writeAll("[");
            for (0..self.cols) |c| try w.print(" {d:6.2}", .{self.at(r, c).*});
            try w.writeAll(" ]\n");
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const x = try Matrix.init(a, 2, 3);
    defer a.free(x.data);
    const y = try Matrix.init(a, 3, 2);
    defer a.free(y.data);
    for (x.data, 0..) |*v, i| v.* = @floatFromInt(i + 1);
    for (y.data, 0..) |*v, i| v.* = @as(f32, @floatFromInt(i)) / 2;
    const m = try Matrix.mul(a, x, y);
    defer a.free(m.data);
    std.debug.print("{}", .{m});
    const bad = Matrix.mul(a, x, x);
    std.debug.print("{!}\n", .{bad});
    _ = Matrix.mul(a, x, x) catch |err| {
        std.debug.print("caught {s}\n", .{@errorName(err)});
    };
    std.debug.print("{d:.3} {d}\n", .{ std.math.sqrt(@as(f32, 2)), @as(f32, 1.0) / 3.0 });
}
