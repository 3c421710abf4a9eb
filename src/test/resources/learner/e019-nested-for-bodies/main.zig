const std = @import("std");
fn Matrix(comptime R: usize, comptime C: usize) type {
    return struct {
        data: [R][C]f64 = [_][C]f64{[_]f64{0} ** C} ** R,
        const Self = @This();
        fn identity() Self {
            var m = Self{};
            for (0..@min(R, C)) |i| m.data[i][i] = 1;
            return m;
        }
        fn mul(a: Self, b: Matrix(C, R)) Matrix(R, R) {
            var out = Matrix(R, R){};
            for (0..R) |i| for (0..R) |j| for (0..C) |k| {
                out.data[i][j] += a.data[i][k] * b.data[k][j];
            };
            return out;
        }
        pub fn format(self: Self, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
            _ = fmt;
            _ = options;
            for (self.data) |row| {
                for (row) |v| try writer.print("{d:6.2}", .{v});
                try writer.writeAll("\n");
            }
        }
    };
}
pub fn main() void {
    var a = Matrix(2, 3){};
    a.data[0] = .{ 1, 2, 3 };
    a.data[1] = .{ 4, 5, 6 };
    var b = Matrix(3, 2){};
    b.data = .{ .{ 7, 8 }, .{ 9, 10 }, .{ 11, 12 } };
    const c = a.mul(b);
    std.debug.print("{}", .{c});
    std.debug.print("{}", .{Matrix(2, 2).identity()});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(c))});
}
