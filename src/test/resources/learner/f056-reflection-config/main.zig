const std = @import("std");

const Config = struct {
    width: u32,
    height: u32,
    title: []const u8,
    fullscreen: bool,
    scale: f32,

    pub const version = "1.2";
};

fn dump(label: []const u8, cfg: anytype) void {
    const T = @TypeOf(cfg);
    std.debug.print("{s} with {d} fields:\n", .{ label, std.meta.fields(T).len });
    inline for (std.meta.fields(T)) |f| {
        const v = @field(cfg, f.name);
        switch (@typeInfo(f.type)) {
            .int => std.debug.print("  {s}: int = {d}\n", .{ f.name, v }),
            .bool => std.debug.print("  {s}: bool = {}\n", .{ f.name, v }),
            .float => std.debug.print("  {s}: float = {d:.2}\n", .{ f.name, v }),
            .pointer => std.debug.print("  {s}: str = \"{s}\"\n", .{ f.name, v }),
            else => std.debug.print("  {s}: ?\n", .{f.name}),
        }
    }
}

fn setField(cfg: *Config, name: []const u8, value: u32) bool {
    inline for (std.meta.fields(Config)) |f| {
        if (f.type == u32 and std.mem.eql(u8, f.name, name)) {
            @field(cfg, f.name) = value;
            return true;
        }
    }
    return false;
}

pub fn main() void {
    var cfg = Config{ .width = 800, .height = 600, .title = "demo", .fullscreen = false, .scale = 1.5 };
    dump(@typeName(Config), cfg);
    std.debug.print("set height: {}, set title: {}\n", .{ setField(&cfg, "height", 720), setField(&cfg, "title", 1) });
    std.debug.print("has version: {}, has depth: {}, has field scale: {}\n", .{ @hasDecl(Config, "version"), @hasDecl(Config, "depth"), @hasField(Config, "scale") });
    std.debug.print("{d}x{d} v{s} size {d}\n", .{ cfg.width, cfg.height, Config.version, @sizeOf(Config) });
    dump("tuple", .{ .a = @as(u8, 1), .b = true });
}
