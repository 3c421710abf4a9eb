const std = @import("std");
const Rgba = @Vector(4, u8);
fn blend(a: Rgba, b: Rgba) Rgba {
    const wa: @Vector(4, u16) = a;
    const wb: @Vector(4, u16) = b;
    return @intCast((wa + wb) / @as(@Vector(4, u16), @splat(2)));
}
pub fn main() void {
    const red: Rgba = .{ 255, 0, 0, 255 };
    const blue: Rgba = .{ 0, 0, 255, 255 };
    const px = blend(red, blue);
    const word: u32 = @bitCast(px);
    std.debug.print("{any} 0x{x}\n", .{ px, word });
    const back: Rgba = @bitCast(word);
    std.debug.print("{any}\n", .{back});
    const rev = @shuffle(u8, px, undefined, @Vector(4, i32){ 3, 2, 1, 0 });
    std.debug.print("{any}\n", .{rev});
    var grid: [2]Rgba = .{ red, blue };
    grid[1][2] = 7;
    grid[0] +%= @splat(1);
    std.debug.print("{any}\n", .{grid});
    const arr: [4]u8 = px;
    std.debug.print("{s}\n", .{@typeName(@TypeOf(arr))});
}
