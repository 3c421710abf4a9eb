const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("dec: {!}\n", .{fmt.parseInt(i32, "-123", 10)});
    std.debug.print("plus: {!}\n", .{fmt.parseInt(i32, "+7", 10)});
    std.debug.print("hex prefix base 0: {!}\n", .{fmt.parseInt(u32, "0xff", 0)});
    std.debug.print("underscores: {!}\n", .{fmt.parseInt(u32, "1_000", 10)});
    std.debug.print("overflow: {!}\n", .{fmt.parseInt(u8, "256", 10)});
    std.debug.print("bad char: {!}\n", .{fmt.parseInt(i32, "12a", 10)});
    std.debug.print("empty: {!}\n", .{fmt.parseInt(i32, "", 10)});
    std.debug.print("min i8: {!}\n", .{fmt.parseInt(i8, "-128", 10)});
}
