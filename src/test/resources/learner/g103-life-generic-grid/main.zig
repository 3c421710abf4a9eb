const std = @import("std");

const Cell = enum { dead, alive };

fn Grid(comptime W: usize, comptime H: usize) type {
    return struct {
        cells: [H][W]Cell = [_][W]Cell{[_]Cell{.dead} ** W} ** H,
        const Self = @This();

        fn neighbours(self: Self, r: usize, c: usize) u8 {
            var n: u8 = 0;
            for ([_]isize{ -1, 0, 1 }) |dr| for ([_]isize{ -1, 0, 1 }) |dc| {
                if (dr == 0 and dc == 0) continue;
                const rr = @as(isize, @intCast(r)) + dr;
                const cc = @as(isize, @intCast(c)) + dc;
                if (rr < 0 or cc < 0 or rr >= H or cc >= W) continue;
                if (self.cells[@intCast(rr)][@intCast(cc)] == .alive) n += 1;
            };
            return n;
        }

        fn step(self: Self) Self {
            var next = Self{};
            for (0..H) |r| for (0..W) |c| {
                const n = self.neighbours(r, c);
                next.cells[r][c] = switch (self.cells[r][c]) {
                    .alive => if (n == 2 or n == 3) .alive else .dead,
                    .dead => if (n == 3) .alive else .dead,
                };
            };
            return next;
        }

        fn show(self: Self, gen: usize) void {
            std.debug.print("gen {d}:\n", .{gen});
            for (self.cells) |row| {
                for (row) |c| std.debug.print("{c}", .{@as(u8, if (c == .alive) '#' else '.')});
                std.debug.print("\n", .{});
            }
        }
    };
}

pub fn main() void {
    var g = Grid(6, 5){};
    g.cells[1][2] = .alive;
    g.cells[2][3] = .alive;
    g.cells[3][1] = .alive;
    g.cells[3][2] = .alive;
    g.cells[3][3] = .alive;
    for (0..4) |gen| {
        g.show(gen);
        g = g.step();
    }
    var alive: usize = 0;
    for (g.cells) |row| alive += std.mem.count(Cell, &row, &.{.alive});
    std.debug.print("alive {d}\n", .{alive});
    const r: usize = 5;
    g.cells[r][0] = .alive;
}
