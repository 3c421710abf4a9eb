const std = @import("std");

const Grid = struct {
    w: usize,
    h: usize,
    cells: []u8,

    fn init(alloc: std.mem.Allocator, w: usize, h: usize) !Grid {
        const cells = try alloc.alloc(u8, w * h);
        @memset(cells, '.');
        return .{ .w = w, .h = h, .cells = cells };
    }
    fn row(self: Grid, y: usize) []u8 {
        return self.cells[y * self.w ..][0..self.w];
    }
    fn set(self: Grid, x: usize, y: usize, c: u8) void {
        self.row(y)[x] = c;
    }
    fn line(self: Grid, x0: usize, y0: usize, x1: usize, y1: usize) void {
        const dx: isize = @as(isize, @intCast(x1)) - @as(isize, @intCast(x0));
        const dy: isize = @as(isize, @intCast(y1)) - @as(isize, @intCast(y0));
        const steps: usize = @max(@abs(dx), @abs(dy));
        for (0..steps + 1) |i| {
            const t = @as(f32, @floatFromInt(i)) / @as(f32, @floatFromInt(@max(steps, 1)));
            const x: usize = @intFromFloat(@round(@as(f32, @floatFromInt(x0)) + t * @as(f32, @floatFromInt(dx))));
            const y: usize = @intFromFloat(@round(@as(f32, @floatFromInt(y0)) + t * @as(f32, @floatFromInt(dy))));
            self.set(x, y, '#');
        }
    }
};

pub fn main() !void {
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    const g = try Grid.init(arena.allocator(), 12, 6);
    g.line(0, 0, 11, 5);
    g.line(0, 5, 5, 0);
    g.line(8, 1, 8, 4);
    for (0..g.h) |y| std.debug.print("{s}\n", .{g.row(y)});
    const filled = std.mem.count(u8, g.cells, "#");
    std.debug.print("filled={d}/{d}\n", .{ filled, g.cells.len });
    g.line(3, 3, 12, 3);
}
