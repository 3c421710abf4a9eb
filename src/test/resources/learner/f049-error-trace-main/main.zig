const std = @import("std");

const ConfigError = error{ MissingKey, BadValue };

fn lookup(pairs: []const [2][]const u8, key: []const u8) ConfigError![]const u8 {
    for (pairs) |p| if (std.mem.eql(u8, p[0], key)) return p[1];
    return error.MissingKey;
}

fn portOf(pairs: []const [2][]const u8) !u16 {
    const raw = try lookup(pairs, "port");
    return std.fmt.parseInt(u16, raw, 10) catch |e| switch (e) {
        error.Overflow => return error.BadValue,
        else => |other| return other,
    };
}

fn startServer(pairs: []const [2][]const u8) !void {
    const port = portOf(pairs) catch |err| {
        std.debug.print("cannot start: {s}\n", .{@errorName(err)});
        return err;
    };
    std.debug.print("listening on {d}\n", .{port});
}

pub fn main() !void {
    try startServer(&.{ .{ "host", "local" }, .{ "port", "8080" } });
    startServer(&.{.{ "port", "x80" }}) catch {};
    try startServer(&.{.{ "port", "70000" }});
}
