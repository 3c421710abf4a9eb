const std = @import("std");

const Config = struct {
    entries: []const Entry,

    const Entry = struct { key: []const u8, value: []const u8 };

    fn get(self: Config, key: []const u8) ?[]const u8 {
        for (self.entries) |e| {
            if (std.mem.eql(u8, e.key, key)) return e.value;
        }
        return null;
    }

    fn getInt(self: Config, key: []const u8) ?i64 {
        const raw = self.get(key) orelse return null;
        return std.fmt.parseInt(i64, raw, 10) catch null;
    }
};

pub fn main() void {
    const cfg = Config{ .entries = &.{
        .{ .key = "host", .value = "localhost" },
        .{ .key = "port", .value = "8080" },
        .{ .key = "workers", .value = "four" },
    } };

    const host = cfg.get("host") orelse "0.0.0.0";
    const port = cfg.getInt("port") orelse 80;
    const workers = cfg.getInt("workers") orelse cfg.getInt("threads") orelse 1;
    std.debug.print("{s}:{d} with {d} workers\n", .{ host, port, workers });

    const user = cfg.get("user");
    std.debug.print("user set? {}\n", .{user != null});
    const timeout = cfg.getInt("timeout");
    std.debug.print("timeout = {d}s\n", .{timeout.?});
}
