const std = @import("std");

fn Matrix(comptime R: usize, comptime C: usize, comptime T: type) type {
    return struct {
        data: [R][C]T,
        const Self = @This();

        fn identity() Self {
            var m: Self = .{ .data = std.mem.zeroes([R][C]T) };
            for (0..@min(R, C)) |i| m.data[i][i] = 1;
            return m;
        }

        fn mul(a: Self, b: Self) Self {
            var out: Self = .{ .data = std.mem.zeroes([R][C]T) };
            for (0..R) |i| for (0..C) |j| for (0..C) |k| {
                out.data[i][j] += a.data[i][k] * b.data[k][j];
            };
            return out;
        }

        fn transpose(a: Self) Matrix(C, R, T) {
            var out: Matrix(C, R, T) = undefined;
            for (0..R) |i| for (0..C) |j| {
                out.data[j][i] = a.data[i][j];
            };
            return out;
        }

        pub fn format(self: Self, comptime fmt: []const u8, opts: std.fmt.FormatOptions, w: anytype) !void {
            _ = fmt;
            _ = opts;
            try w.print("{d}x{d}[", .{ R, C });
            for (self.data, 0..) |row, i| {
                if (i > 0) try w.writeAll("; ");
                for (row, 0..) |v, j| {
                    if (j > 0) try w.writeAll(" ");
                    try w.print("{d}", .{v});
                }
            }
            try w.writeAll("]");
        }
    };
}

pub fn main() void {
    const M23 = Matrix(2, 3, i32);
    const a = M23{ .data = .{ .{ 1, 2, 3 }, .{ 4, 5, 6 } } };
    const b = Matrix(3, 2, i32){ .data = .{ .{ 1, 0 }, .{ 0, 1 }, .{ 2, 2 } } };
    std.debug.print("{}\n{}\n", .{ a, b });
    const c = Matrix(2, 2, i32){ .data = .{ .{ 1, 2 }, .{ 3, 4 } } };
    std.debug.print("{}\n", .{c.mul(c)});
    std.debug.print("{}\n", .{a.transpose()});
    std.debug.print("{}\n", .{b.transpose().transpose()});
    std.debug.print("{}\n", .{c});
    std.debug.print("{}\n", .{Matrix(3, 3, f32).identity()});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(c))});
    std.debug.print("{d} bytes\n", .{@sizeOf(M23)});
    const big = Matrix(2, 2, u8){ .data = .{ .{ 200, 100 }, .{ 1, 1 } } };
    std.debug.print("{}\n", .{big.mul(big)});
}
