const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("dec: {!}\n", .{fmt.parseUnsigned(u16, "65535", 10)});
    std.debug.print("overflow: {!}\n", .{fmt.parseUnsigned(u16, "65536", 10)});
    std.debug.print("minus: {!}\n", .{fmt.parseUnsigned(u16, "-1", 10)});
    std.debug.print("base 36: {!}\n", .{fmt.parseUnsigned(u32, "zz", 36)});
    std.debug.print("octal prefix: {!}\n", .{fmt.parseUnsigned(u32, "0o17", 0)});
    std.debug.print("u0: {!}\n", .{fmt.parseUnsigned(u0, "0", 10)});
}
