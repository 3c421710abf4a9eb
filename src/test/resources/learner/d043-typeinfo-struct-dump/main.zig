const std = @import("std");

const Player = struct {
    name: []const u8,
    level: u8,
    hp: i32 = 100,
    speed: f32,
    alive: bool = true,
    guild: ?[]const u8 = null,
};

fn describeType(comptime T: type) void {
    const info = @typeInfo(T).@"struct";
    std.debug.print("{s} has {d} fields\n", .{ @typeName(T), info.fields.len });
    inline for (info.fields) |f| {
        const kind = switch (@typeInfo(f.type)) {
            .int => |i| if (i.signedness == .signed) "signed int" else "unsigned int",
            .float => "float",
            .bool => "bool",
            .pointer => "slice",
            .optional => "optional",
            else => "other",
        };
        std.debug.print("  {s}: {s} ({s}), align {d}, size {d}\n", .{ f.name, @typeName(f.type), kind, f.alignment, @sizeOf(f.type) });
    }
}

fn printValue(value: anytype) void {
    const T = @TypeOf(value);
    inline for (@typeInfo(T).@"struct".fields) |f| {
        const v = @field(value, f.name);
        switch (@typeInfo(f.type)) {
            .pointer => std.debug.print("{s}=\"{s}\" ", .{ f.name, v }),
            .optional => if (v) |inner| std.debug.print("{s}={s} ", .{ f.name, inner }) else std.debug.print("{s}=none ", .{f.name}),
            else => std.debug.print("{s}={any} ", .{ f.name, v }),
        }
    }
    std.debug.print("\n", .{});
}

fn countNumeric(comptime T: type) usize {
    var n: usize = 0;
    inline for (@typeInfo(T).@"struct".fields) |f| {
        switch (@typeInfo(f.type)) {
            .int, .float => n += 1,
            else => {},
        }
    }
    return n;
}

pub fn main() void {
    describeType(Player);
    printValue(Player{ .name = "ash", .level = 7, .speed = 1.5 });
    printValue(Player{ .name = "bo", .level = 2, .speed = 0.75, .hp = -3, .guild = "owls" });
    std.debug.print("numeric fields: {d}\n", .{countNumeric(Player)});
    std.debug.print("hasField level: {}, hasField mana: {}\n", .{ @hasField(Player, "level"), @hasField(Player, "mana") });
}
