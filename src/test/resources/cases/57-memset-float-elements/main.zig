const std = @import("std");

const Grid = struct {
    cells: [4]f32,
    half: [2]f16,
    wide: [2]f64,

    fn init(v: f32) Grid {
        var g: Grid = undefined;
        @memset(&g.cells, v);
        @memset(&g.half, @floatCast(v / 2));
        @memset(&g.wide, v * 4);
        return g;
    }
};

pub fn main() void {
    var scale: f32 = 1.25;
    _ = &scale;
    const g = Grid.init(scale);
    std.debug.print("{d} {d} {d}\n", .{ g.cells, g.half, g.wide });
    var buf: [3]f32 = undefined;
    @memset(buf[1..], -scale);
    buf[0] = 0;
    std.debug.print("{any}\n", .{buf});
}
