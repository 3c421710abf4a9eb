const std = @import("std");

fn Matrix(comptime R: usize, comptime C: usize) type {
    return struct {
        const Self = @This();
        data: [R][C]i32,

        fn identity() Self {
            comptime std.debug.assert(R == C);
            var m: Self = .{ .data = std.mem.zeroes([R][C]i32) };
            for (0..R) |i| m.data[i][i] = 1;
            return m;
        }

        fn mul(self: Self, other: anytype) Matrix(R, @TypeOf(other).cols) {
            var out: Matrix(R, @TypeOf(other).cols) = undefined;
            for (0..R) |i| {
                for (0..@TypeOf(other).cols) |j| {
                    var s: i32 = 0;
                    for (0..C) |k| s += self.data[i][k] * other.data[k][j];
                    out.data[i][j] = s;
                }
            }
            return out;
        }

        fn transpose(self: Self) Matrix(C, R) {
            var out: Matrix(C, R) = undefined;
            for (0..R) |i| for (0..C) |j| {
                out.data[j][i] = self.data[i][j];
            };
            return out;
        }

        const cols = C;
        const rows = R;

        fn print(self: Self, label: []const u8) void {
            std.debug.print("{s} ({d}x{d}):\n", .{ label, rows, cols });
            for (self.data) |row| {
                for (row) |v| std.debug.print("{d:>5}", .{v});
                std.debug.print("\n", .{});
            }
        }
    };
}

pub fn main() void {
    const A = Matrix(2, 3){ .data = .{ .{ 1, 2, 3 }, .{ 4, 5, 6 } } };
    const B = A.transpose();
    A.print("A");
    B.print("A^T");
    A.mul(B).print("A*A^T");
    const I = Matrix(3, 3).identity();
    A.mul(I).print("A*I");
    std.debug.print("{s}\n", .{@typeName(@TypeOf(B))});
}
