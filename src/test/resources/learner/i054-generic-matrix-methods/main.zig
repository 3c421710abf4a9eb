const std = @import("std");

fn Matrix(comptime T: type) type {
    return struct {
        const Self = @This();
        rows: usize,
        cols: usize,
        data: []T,

        fn init(a: std.mem.Allocator, rows: usize, cols: usize) !Self {
            const data = try a.alloc(T, rows * cols);
            @memset(data, 0);
            return .{ .rows = rows, .cols = cols, .data = data };
        }
        fn deinit(self: Self, a: std.mem.Allocator) void {
            a.free(self.data);
        }
        fn at(self: Self, r: usize, c: usize) *T {
            return &self.data[r * self.cols + c];
        }
        fn mul(self: Self, a: std.mem.Allocator, other: Self) !Self {
            const out = try Self.init(a, self.rows, other.cols);
            for (0..self.rows) |i| for (0..other.cols) |j| for (0..self.cols) |k| {
                out.at(i, j).* += self.at(i, k).* * other.at(k, j).*;
            };
            return out;
        }
        fn show(self: Self, name: []const u8) void {
            std.debug.print("{s} = [\n", .{name});
            for (0..self.rows) |i| {
                for (0..self.cols) |j| std.debug.print(" {d:>5}", .{self.at(i, j).*});
                std.debug.print("\n", .{});
            }
            std.debug.print("]\n", .{});
        }
    };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const M = Matrix(i32);
    const x = try M.init(a, 2, 3);
    defer x.deinit(a);
    const y = try M.init(a, 3, 2);
    defer y.deinit(a);
    for (x.data, 0..) |*v, i| v.* = @intCast(i + 1);
    for (y.data, 0..) |*v, i| v.* = @as(i32, @intCast(i)) - 2;
    x.show("x");
    y.show("y");
    const p = try x.mul(a, y);
    defer p.deinit(a);
    p.show("x*y");
    const q = try y.mul(a, x);
    defer q.deinit(a);
    q.show("y*x");
    const bad = try x.mul(a, x);
    defer bad.deinit(a);
}
