const std = @import("std");

const Config = struct {
    name: []const u8 = "server",
    port: u16 = 8080,
    verbose: bool = false,
    ratio: f32 = 0.75,
    mode: Mode = .fast,
    const Mode = enum { fast, safe, tiny };
};

fn dump(value: anytype) void {
    const T = @TypeOf(value);
    std.debug.print("{s} has {d} fields\n", .{ @typeName(T), std.meta.fields(T).len });
    inline for (std.meta.fields(T)) |f| {
        const v = @field(value, f.name);
        switch (@typeInfo(f.type)) {
            .pointer => std.debug.print("  {s}: {s} = \"{s}\"\n", .{ f.name, @typeName(f.type), v }),
            .@"enum" => std.debug.print("  {s}: enum = .{s}\n", .{ f.name, @tagName(v) }),
            else => std.debug.print("  {s}: {s} = {}\n", .{ f.name, @typeName(f.type), v }),
        }
    }
}

fn setField(cfg: *Config, key: []const u8, value: u16) bool {
    inline for (std.meta.fields(Config)) |f| {
        if (f.type == u16 and std.mem.eql(u8, f.name, key)) {
            @field(cfg, f.name) = value;
            return true;
        }
    }
    return false;
}

pub fn main() void {
    var cfg = Config{};
    dump(cfg);
    std.debug.print("set port: {}, set name: {}\n", .{ setField(&cfg, "port", 9000), setField(&cfg, "name", 1) });
    cfg.mode = .tiny;
    dump(cfg);
    const FE = std.meta.FieldEnum(Config);
    std.debug.print("{s} {d}\n", .{ @tagName(FE.ratio), @intFromEnum(FE.mode) });
    std.debug.print("{}\n", .{std.meta.eql(cfg, Config{})});
    std.debug.print("{?}\n", .{std.meta.stringToEnum(Config.Mode, "safe")});
    std.debug.print("{?}\n", .{std.meta.stringToEnum(Config.Mode, "slow")});
    for (std.enums.values(Config.Mode)) |m| std.debug.print("{s} ", .{@tagName(m)});
    std.debug.print("\n{}\n", .{std.meta.hasFn(Config, "init")});
    std.debug.print("{d}\n", .{std.meta.fieldIndex(Config, "verbose").?});
    std.debug.print("{s}\n", .{@typeName(std.meta.Tag(Config.Mode))});
    std.debug.print("{s}\n", .{@typeName(std.meta.Child([]const u16))});
}
