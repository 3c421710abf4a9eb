const std = @import("std");

const Config = struct {
    map: std.StringHashMap([]const u8),

    fn parse(allocator: std.mem.Allocator, text: []const u8) !Config {
        var map = std.StringHashMap([]const u8).init(allocator);
        errdefer map.deinit();
        var lines = std.mem.splitScalar(u8, text, '\n');
        var line_no: usize = 0;
        while (lines.next()) |raw| {
            line_no += 1;
            const line = std.mem.trim(u8, raw, " \t\r");
            if (line.len == 0 or line[0] == '#') continue;
            const eq = std.mem.indexOfScalar(u8, line, '=') orelse {
                std.debug.print("line {d}: no '=' in \"{s}\", skipped\n", .{ line_no, line });
                continue;
            };
            const key = std.mem.trimRight(u8, line[0..eq], " ");
            const value = std.mem.trimLeft(u8, line[eq + 1 ..], " ");
            try map.put(key, value);
        }
        return .{ .map = map };
    }

    fn deinit(self: *Config) void {
        self.map.deinit();
    }

    fn getInt(self: Config, key: []const u8, default: i32) i32 {
        const s = self.map.get(key) orelse return default;
        return std.fmt.parseInt(i32, s, 10) catch default;
    }

    fn getBool(self: Config, key: []const u8) bool {
        const s = self.map.get(key) orelse return false;
        return std.mem.eql(u8, s, "true") or std.mem.eql(u8, s, "yes");
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    const text =
        \\# server settings
        \\host = localhost
        \\port=8080
        \\  debug = yes
        \\workers = many
        \\this line is wrong
        \\name = my = app
    ;
    var cfg = try Config.parse(gpa.allocator(), text);
    defer cfg.deinit();

    std.debug.print("entries: {d}\n", .{cfg.map.count()});
    std.debug.print("host    = {s}\n", .{cfg.map.get("host") orelse "?"});
    std.debug.print("port    = {d}\n", .{cfg.getInt("port", 80)});
    std.debug.print("workers = {d}\n", .{cfg.getInt("workers", 4)});
    std.debug.print("timeout = {d}\n", .{cfg.getInt("timeout", 30)});
    std.debug.print("debug   = {}\n", .{cfg.getBool("debug")});
    std.debug.print("verbose = {}\n", .{cfg.getBool("verbose")});
    std.debug.print("name    = {?s}\n", .{cfg.map.get("name")});
    std.debug.print("missing = {?s}\n", .{cfg.map.get("missing")});
}
