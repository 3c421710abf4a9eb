const std = @import("std");

pub fn main() !void {
    std.debug.print("5/0: {}\n", .{std.meta.isError(std.math.divTrunc(u8, 5, 0))});
    std.debug.print("5/5: {}\n", .{std.meta.isError(std.math.divTrunc(u8, 5, 5))});
    const e: anyerror!void = error.Nope;
    std.debug.print("error.Nope: {}\n", .{std.meta.isError(e)});
    std.debug.print("parse: {}\n", .{std.meta.isError(std.fmt.parseInt(u8, "12", 10))});
}
