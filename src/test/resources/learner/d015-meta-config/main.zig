const std = @import("std");

const Config = struct {
    name: []const u8 = "server",
    port: u16 = 8080,
    verbose: bool = false,
    ratio: f32 = 0.5,
};

const Level = enum { debug, info, warn, err };

fn setField(cfg: *Config, key: []const u8, value: []const u8) !void {
    const Field = std.meta.FieldEnum(Config);
    const f = std.meta.stringToEnum(Field, key) orelse return error.UnknownKey;
    switch (f) {
        .name => cfg.name = value,
        .port => cfg.port = try std.fmt.parseInt(u16, value, 10),
        .verbose => cfg.verbose = std.mem.eql(u8, value, "true"),
        .ratio => cfg.ratio = try std.fmt.parseFloat(f32, value),
    }
}

fn dump(cfg: Config) void {
    inline for (std.meta.fields(Config)) |field| {
        const v = @field(cfg, field.name);
        switch (field.type) {
            []const u8 => std.debug.print("  {s} = \"{s}\"\n", .{ field.name, v }),
            else => std.debug.print("  {s} = {any}\n", .{ field.name, v }),
        }
    }
}

pub fn main() void {
    var cfg = Config{};
    const lines = [_][2][]const u8{
        .{ "port", "9000" },
        .{ "verbose", "true" },
        .{ "colour", "red" },
        .{ "port", "99999" },
        .{ "name", "api" },
    };
    for (lines) |l| {
        setField(&cfg, l[0], l[1]) catch |e| {
            std.debug.print("{s}={s}: {s}\n", .{ l[0], l[1], @errorName(e) });
        };
    }
    dump(cfg);
    std.debug.print("fields: {d}\n", .{std.meta.fields(Config).len});
    for ([_][]const u8{ "warn", "fatal", "debug" }) |s| {
        const lvl = std.meta.stringToEnum(Level, s);
        std.debug.print("level {s} -> {?}\n", .{ s, lvl });
    }
}
