const std = @import("std");

const Grid = struct {
    const W = 5;
    const H = 4;
    cells: [H][W]u8 = [_][W]u8{[_]u8{'.'} ** W} ** H,

    fn set(self: *Grid, x: usize, y: usize, c: u8) void {
        self.cells[y][x] = c;
    }
    fn print(self: *const Grid) void {
        for (self.cells) |row| std.debug.print("{s}\n", .{&row});
    }
    fn neighbors(self: Grid, x: usize, y: usize) u8 {
        var n: u8 = 0;
        var dy: i8 = -1;
        while (dy <= 1) : (dy += 1) {
            var dx: i8 = -1;
            while (dx <= 1) : (dx += 1) {
                if (dx == 0 and dy == 0) continue;
                const nx = @as(isize, @intCast(x)) + dx;
                const ny = @as(isize, @intCast(y)) + dy;
                if (nx < 0 or ny < 0 or nx >= W or ny >= H) continue;
                if (self.cells[@intCast(ny)][@intCast(nx)] == '#') n += 1;
            }
        }
        return n;
    }
};

pub fn main() void {
    var g = Grid{};
    g.set(1, 1, '#');
    g.set(2, 1, '#');
    g.set(3, 2, '#');
    g.print();
    std.debug.print("n(2,2)={d} n(0,0)={d}\n", .{ g.neighbors(2, 2), g.neighbors(0, 0) });
    var bits: u16 = 0;
    for ([_]u4{ 1, 3, 5, 15 }) |b| bits |= @as(u16, 1) << b;
    std.debug.print("{b:0>16} pop={d} ctz={d} clz={d}\n", .{ bits, @popCount(bits), @ctz(bits), @clz(bits) });
    const x: u8 = 0b1011_0001;
    std.debug.print("{d} {d} {d}\n", .{ x >> 4, x & 0xF, ~x });
    const y: i8 = -100;
    std.debug.print("{d} {d}\n", .{ y +% 100, @as(u8, @bitCast(y)) });
    var z: i8 = y;
    z -= 100;
    std.debug.print("{d}\n", .{z});
}
