const std = @import("std");
const Matrix = struct {
    rows: usize,
    cols: usize,
    data: []f64,
    fn init(a: std.mem.Allocator, r: usize, c: usize) !Matrix {
        const d = try a.alloc(f64, r * c);
        @memset(d, 0);
        return .{ .rows = r, .cols = c, .data = d };
    }
    fn at(self: Matrix, r: usize, c: usize) *f64 {
        return &self.data[r * self.cols + c];
    }
    pub fn format(self: Matrix, comptime _: []const u8, opts: std.fmt.FormatOptions, w: anytype) !void {
        for (0..self.rows) |r| {
            for (0..self.cols) |c| {
                if (c > 0) try w.writeByte(' ');
                try std.fmt.formatType(self.at(r, c).*, "d", opts, w, 1);
            }
            try w.writeByte('\n');
        }
    }
};
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var m = try Matrix.init(a, 2, 3);
    defer a.free(m.data);
    m.at(0, 1).* = 2.5;
    m.at(1, 2).* = -1;
    std.debug.print("{}", .{m});
    std.debug.print("{:>6.2}", .{m});
    m.at(2, 0).* = 1;
}
