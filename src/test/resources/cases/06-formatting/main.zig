const std = @import("std");
const Inner = struct { a: u8, b: bool };
const Outer = struct { name: []const u8, inner: Inner, tags: [2]u16, maybe: ?i32 };
pub fn main() void {
    const o = Outer{ .name = "box", .inner = .{ .a = 7, .b = true }, .tags = .{ 1, 2 }, .maybe = null };
    std.debug.print("{any}\n", .{o});
    std.debug.print("{}\n", .{o.inner});
    std.debug.print("[{d:>6}] [{d:<6}] [{d:^6}] [{x:0>8}] [{X}] [{b}] [{o}]\n", .{ 42, 42, 42, 255, 255, 5, 64 });
    const neg: i32 = -17;
    const pos: i32 = 17;
    std.debug.print("[{d:5}] [{d:5}] [{}]\n", .{ neg, pos, pos });
    std.debug.print("{d:.3} {d} {e} {} {d:.0}\n", .{ 3.14159, 2.5, 1234.5, 0.001, 2.5 });
    const f: f32 = 0.1;
    const g: f64 = 100.0;
    std.debug.print("{} {d} {} {d}\n", .{ f, f, g, g });
    std.debug.print("{s:>8}|{s:*<8}|{c}{c}\n", .{ "hi", "yo", 'o', 'k' });
    const words = [_][]const u8{ "alpha", "beta" };
    std.debug.print("{s} {any}\n", .{ words, words[0][0..2] });
    const big: u64 = 18446744073709551615;
    const small: i64 = -9223372036854775808;
    std.debug.print("{d} {d} {x}\n", .{ big, small, big });
    std.debug.print("{?} {?}\n", .{ o.maybe, @as(?u8, 3) });
    std.debug.print("{} {}\n", .{ true, @as(u8, 'A') });
}
