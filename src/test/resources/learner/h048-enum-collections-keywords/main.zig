const std = @import("std");

const Color = enum { red, green, blue, alpha };

const Keyword = enum { @"if", @"else", @"while", @"fn", ret };

const keywords = std.StaticStringMap(Keyword).initComptime(.{
    .{ "if", .@"if" },
    .{ "else", .@"else" },
    .{ "while", .@"while" },
    .{ "fn", .@"fn" },
    .{ "return", .ret },
});

pub fn main() void {
    var weights = std.EnumArray(Color, f32).initFill(1.0);
    weights.set(.alpha, 0.5);
    weights.getPtr(.red).* *= 3;
    var it = weights.iterator();
    while (it.next()) |e| std.debug.print("{s}={d} ", .{ @tagName(e.key), e.value.* });
    std.debug.print("\n", .{});
    var set = std.EnumSet(Color).initEmpty();
    set.insert(.green);
    set.insert(.alpha);
    std.debug.print("count={d} has red={} has alpha={}\n", .{ set.count(), set.contains(.red), set.contains(.alpha) });
    const full = std.EnumSet(Color).initFull();
    const diff = full.differenceWith(set);
    var sit = diff.iterator();
    while (sit.next()) |c| std.debug.print("{s} ", .{@tagName(c)});
    std.debug.print("\n", .{});
    const words = [_][]const u8{ "fn", "main", "if", "return", "While", "else" };
    for (words) |w| {
        if (keywords.get(w)) |k| {
            std.debug.print("{s:<7}keyword .{s} ({d})\n", .{ w, @tagName(k), @intFromEnum(k) });
        } else std.debug.print("{s:<7}ident\n", .{w});
    }
    std.debug.print("has={} {}\n", .{ keywords.has("fn"), keywords.has("") });
    std.debug.print("{} {any}\n", .{ Keyword.@"while", Keyword.ret });
    var m = std.enums.EnumMap(Color, u8){};
    m.put(.blue, 7);
    std.debug.print("map blue={?d} red={?d} count={d}\n", .{ m.get(.blue), m.get(.red), m.count() });
    const bad: Color = @enumFromInt(@as(u2, @intCast(words.len - 3)));
    std.debug.print("{s}\n", .{@tagName(bad)});
}
