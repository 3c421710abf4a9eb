const std = @import("std");
const Shape = union(enum) {
    circle: struct { r: f32 },
    square: struct { s: f32 },
    pub fn area(self: Shape) f32 {
        return switch (self) {
            inline else => |s| if (@hasField(@TypeOf(s), "r")) s.r * s.r * 3 else s.s * s.s,
        };
    }
};
pub fn main() void {
    const data = "hello world";
    var a: usize = 2;
    _ = &a;
    const part = data[a..][0..3];
    std.debug.print("{s} {s}\n", .{ part, @typeName(@TypeOf(part)) });
    const x: u32 = 0x11223344;
    std.debug.print("{x}\n", .{@byteSwap(x)});
    std.debug.print("{d}\n", .{@bitReverse(@as(u8, 1))});
    std.debug.print("{d} {d}\n", .{ @popCount(@as(u16, 0xff0)), @ctz(@as(u32, 8)) });
    const shapes = [_]Shape{ .{ .circle = .{ .r = 1 } }, .{ .square = .{ .s = 2 } } };
    for (shapes) |s| std.debug.print("{d}\n", .{s.area()});
    const words = comptime blk: {
        var arr: [3][]const u8 = undefined;
        arr[0] = "a";
        arr[1] = "bb";
        arr[2] = "ccc";
        break :blk arr;
    };
    for (words) |w| std.debug.print("{s},", .{w});
    std.debug.print("\n", .{});
    var buf: [8]u8 align(4) = undefined;
    const sl: []align(4) u8 = @alignCast(buf[0..]);
    std.debug.print("{d}\n", .{sl.len});
}
