const std = @import("std");

const Matrix = struct {
    rows: usize,
    cols: usize,
    data: [16]f32 = [_]f32{0} ** 16,

    fn at(self: *const Matrix, r: usize, c: usize) f32 {
        if (r >= self.rows or c >= self.cols)
            std.debug.panic("matrix index ({d}, {d}) outside {d}x{d}", .{ r, c, self.rows, self.cols });
        return self.data[r * self.cols + c];
    }
};

pub fn main() void {
    var m = Matrix{ .rows = 2, .cols = 3 };
    m.data[5] = 7.5;
    std.debug.print("{d}\n", .{m.at(1, 2)});
    std.debug.print("{d}\n", .{m.at(2, 0)});
}
