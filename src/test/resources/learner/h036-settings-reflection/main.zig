const std = @import("std");

const Settings = struct {
    width: u32 = 80,
    height: u32 = 24,
    title: []const u8 = "untitled",
    dark: bool = false,
    ratio: f32 = 1.5,
};

const Level = enum { debug, info, warn, err };

fn setField(s: *Settings, key: []const u8, val: []const u8) !void {
    inline for (std.meta.fields(Settings)) |f| {
        if (std.mem.eql(u8, f.name, key)) {
            switch (f.type) {
                u32 => @field(s, f.name) = try std.fmt.parseInt(u32, val, 10),
                bool => @field(s, f.name) = std.mem.eql(u8, val, "true"),
                f32 => @field(s, f.name) = try std.fmt.parseFloat(f32, val),
                []const u8 => @field(s, f.name) = val,
                else => @compileError("unsupported"),
            }
            return;
        }
    }
    return error.UnknownKey;
}

pub fn main() !void {
    var s = Settings{};
    const lines = [_][]const u8{ "width=120", "dark=true", "title=Editor", "ratio=0.75", "depth=3", "height=x" };
    for (lines) |l| {
        var kv = std.mem.splitScalar(u8, l, '=');
        const k = kv.next().?;
        const v = kv.next().?;
        setField(&s, k, v) catch |e| std.debug.print("{s}: {s}\n", .{ l, @errorName(e) });
    }
    inline for (std.meta.fields(Settings)) |f| {
        std.debug.print("{s:<7} {s:<10} = ", .{ f.name, @typeName(f.type) });
        if (f.type == []const u8) std.debug.print("{s}\n", .{@field(s, f.name)}) else std.debug.print("{any}\n", .{@field(s, f.name)});
    }
    std.debug.print("fieldNames: {s}\n", .{std.meta.fieldNames(Level)});
    std.debug.print("stringToEnum: {?} {?}\n", .{ std.meta.stringToEnum(Level, "warn"), std.meta.stringToEnum(Level, "fatal") });
    std.debug.print("hasField: {} {}\n", .{ @hasField(Settings, "dark"), @hasField(Settings, "light") });
    std.debug.print("hasDecl: {} fieldIndex: {?d}\n", .{ @hasDecl(Settings, "x"), std.meta.fieldIndex(Settings, "title") });
    std.debug.print("eql: {} {}\n", .{ std.meta.eql(s, s), std.meta.eql(s, Settings{}) });
    std.debug.print("{}\n", .{s});
    const lvl = std.meta.intToEnum(Level, 7) catch |e| blk: {
        std.debug.print("intToEnum: {s}\n", .{@errorName(e)});
        break :blk Level.info;
    };
    std.debug.print("lvl={s} max={d}\n", .{ @tagName(lvl), std.meta.fields(Level).len });
}
