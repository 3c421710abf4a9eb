const std = @import("std");

fn Matrix(comptime rows: usize, comptime cols: usize) type {
    return struct {
        const Self = @This();
        data: [rows][cols]i32,

        pub fn identity() Self {
            var m = Self{ .data = undefined };
            for (0..rows) |r| {
                for (0..cols) |c| m.data[r][c] = if (r == c) 1 else 0;
            }
            return m;
        }

        pub fn transpose(self: Self) Matrix(cols, rows) {
            var out: Matrix(cols, rows) = undefined;
            for (0..rows) |r| {
                for (0..cols) |c| out.data[c][r] = self.data[r][c];
            }
            return out;
        }

        pub fn mul(self: Self, comptime n: usize, other: Matrix(cols, n)) Matrix(rows, n) {
            var out: Matrix(rows, n) = .{ .data = [_][n]i32{[_]i32{0} ** n} ** rows };
            for (0..rows) |r| {
                for (0..n) |c| {
                    for (0..cols) |k| out.data[r][c] += self.data[r][k] * other.data[k][c];
                }
            }
            return out;
        }

        pub fn print(self: Self, label: []const u8) void {
            std.debug.print("{s} ({d}x{d}):\n", .{ label, rows, cols });
            for (self.data) |row| {
                for (row) |v| std.debug.print("{d:>4}", .{v});
                std.debug.print("\n", .{});
            }
        }
    };
}

pub fn main() void {
    const a = Matrix(2, 3){ .data = .{ .{ 1, 2, 3 }, .{ 4, 5, 6 } } };
    a.print("a");
    const t = a.transpose();
    t.print("a^T");
    const p = a.mul(2, t);
    p.print("a * a^T");
    const ident = Matrix(3, 3).identity();
    a.mul(3, ident).print("a * I");
    std.debug.print("sizeOf Matrix(2,3) = {d}, Matrix(4,4) = {d}\n", .{ @sizeOf(Matrix(2, 3)), @sizeOf(Matrix(4, 4)) });
    std.debug.print("same type: {}\n", .{Matrix(2, 2) == @TypeOf(p)});
}
