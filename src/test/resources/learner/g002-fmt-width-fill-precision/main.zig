const std = @import("std");

pub fn main() void {
    const n: i32 = 42;
    std.debug.print("[{d:5}] [{d:<5}] [{d:^5}] [{d:>5}]\n", .{ n, n, n, n });
    std.debug.print("[{d:0>6}] [{d:*<6}] [{d:_^7}]\n", .{ n, n, n });
    const neg: i32 = -42;
    std.debug.print("[{d:6}] [{d:0>6}] [{d:<6}]\n", .{ neg, neg, neg });
    std.debug.print("[{x}] [{X}] [{x:0>4}] [{b:0>8}] [{o}]\n", .{ 255, 255, 255, 5, 64 });
    std.debug.print("[{s:>8}] [{s:<8}] [{s:^8}] [{s:-^9}]\n", .{ "zig", "zig", "zig", "zig" });
    std.debug.print("[{c}] [{c:3}] [{u}]\n", .{ 'A', 'B', 0x263A });
    const f: f64 = 3.14159265;
    std.debug.print("[{d:.2}] [{d:8.3}] [{d:<8.1}] [{d:0>9.4}]\n", .{ f, f, f, f });
    std.debug.print("[{e}] [{e:.3}] [{}]\n", .{ f, f, f });
    const g: f32 = 1.0e-7;
    std.debug.print("[{}] [{d}] [{e:.2}]\n", .{ g, g, g });
    const big: f64 = 123456789.0;
    std.debug.print("[{}] [{d}] [{d:.0}] [{e}]\n", .{ big, big, big, big });
    std.debug.print("[{d}] [{d}] [{}] [{}]\n", .{ @as(f64, 0.1), @as(f64, -0.0), @as(f64, 100.0), @as(f32, 0.5) });
    std.debug.print("[{}] [{}] [{}]\n", .{ std.math.inf(f64), -std.math.inf(f32), std.math.nan(f64) });
    std.debug.print("[{d:>10}] [{d:<10}]|\n", .{ @as(f64, 2.5), @as(f64, -2.5) });
    std.debug.print("[{:>4}] [{:<4}]|\n", .{ true, false });
    std.debug.print("[{d}] [{d}]\n", .{ std.math.maxInt(u64), std.math.minInt(i64) });
    std.debug.print("[{d}] [{d}] [{d}]\n", .{ std.math.maxInt(i8), std.math.minInt(i8), std.math.maxInt(u128) });
    std.debug.print("[{x}] [{b}]\n", .{ std.math.minInt(i16), @as(i8, -1) });
    std.debug.print("[{d:.3}] [{d:.0}] [{d:.0}]\n", .{ @as(f64, 2.0005), @as(f64, 0.5), @as(f64, 1.5) });
}
