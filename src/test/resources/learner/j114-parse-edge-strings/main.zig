const std = @import("std");
pub fn main() void {
    const fs = [_][]const u8{ "1e", "0x1p3", "nan", "-inf", "1_000.5", " 2", "1e-400", "3.4e38", "-0", ".5e1", "1.", "+", "0x1.8", "1e+5", "123456789012345678901234567890" };
    for (fs) |s| std.debug.print("[{s}] {!d} {!e}\n", .{ s, std.fmt.parseFloat(f64, s), std.fmt.parseFloat(f32, s) });
    const is = [_][]const u8{ " 2", "2 ", "0x", "-0", "--1", "0b102", "0o8", "1__0", "_1", "+-3", "0X1F" };
    for (is) |s| std.debug.print("[{s}] {!d}\n", .{ s, std.fmt.parseInt(i32, s, 0) });
}
