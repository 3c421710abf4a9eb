const std = @import("std");
const fmt = std.fmt;

fn shout(data: []const u8, comptime f: []const u8, options: fmt.FormatOptions, writer: anytype) !void {
    _ = f;
    _ = options;
    for (data) |c| try writer.writeByte(std.ascii.toUpper(c));
    try writer.writeAll("!");
}

fn Shout(s: []const u8) fmt.Formatter(shout) {
    return .{ .data = s };
}

pub fn main() void {
    std.debug.print("[{}]\n", .{Shout("hello")});
    std.debug.print("[{}]\n", .{Shout("")});
    const f = fmt.Formatter(shout){ .data = "direct" };
    std.debug.print("[{}]\n", .{f});
}
