const std = @import("std");

pub fn main() void {
    const inputs = [_][]const u8{ "42", "+42", "-42", "0x1F", "0o17", "0b1011", "1_000_000", "-0x80", "0X10", "", "12a", "_1", "0x" };
    for (inputs) |s| {
        if (std.fmt.parseInt(i32, s, 0)) |v| {
            std.debug.print("{s:>10} -> {d}\n", .{ s, v });
        } else |err| {
            std.debug.print("{s:>10} -> {s}\n", .{ s, @errorName(err) });
        }
    }
    std.debug.print("i8 -128: {!d}\n", .{std.fmt.parseInt(i8, "-128", 10)});
    std.debug.print("i8 -129: {!d}\n", .{std.fmt.parseInt(i8, "-129", 10)});
    std.debug.print("u8 -0: {!d}\n", .{std.fmt.parseInt(u8, "-0", 10)});
    std.debug.print("u8 -1: {!d}\n", .{std.fmt.parseInt(u8, "-1", 10)});
    std.debug.print("hex ff: {!d}\n", .{std.fmt.parseInt(u8, "ff", 16)});
    std.debug.print("base36 zz: {!d}\n", .{std.fmt.parseInt(u16, "zz", 36)});
    std.debug.print("unsigned +5: {!d}\n", .{std.fmt.parseUnsigned(u8, "+5", 10)});
    std.debug.print("u64 max: {!d}\n", .{std.fmt.parseInt(u64, "18446744073709551615", 10)});
    std.debug.print("u64 max+1: {!d}\n", .{std.fmt.parseInt(u64, "18446744073709551616", 10)});
    std.debug.print("digit {!d} {!d}\n", .{ std.fmt.charToDigit('7', 10), std.fmt.charToDigit('8', 8) });
    var buf: [70]u8 = undefined;
    const n = std.fmt.formatIntBuf(&buf, @as(i32, -255), 2, .lower, .{});
    std.debug.print("formatIntBuf {s}\n", .{buf[0..n]});
    std.debug.print("{s}\n", .{std.fmt.bufPrintIntToSlice(&buf, @as(u32, 0xBEEF), 16, .upper, .{ .width = 8, .fill = '0' })});
}
