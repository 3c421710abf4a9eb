const std = @import("std");

const Suit = enum(u8) { clubs = 'C', diamonds = 'D', hearts = 'H', spades = 'S' };
const Level = enum(i8) { low = -1, mid = 0, high = 1, _ };

fn symbol(s: Suit) u8 {
    return @intFromEnum(s);
}

pub fn main() !void {
    inline for (@typeInfo(Suit).@"enum".fields) |f| {
        std.debug.print("{s}={c} ", .{ f.name, @as(u8, f.value) });
    }
    std.debug.print("\n", .{});
    for (std.enums.values(Suit)) |s| std.debug.print("{c}", .{symbol(s)});
    std.debug.print("\n", .{});
    const parsed = std.meta.intToEnum(Suit, 'H');
    var code: u8 = 'X';
    _ = &code;
    const bad = std.meta.intToEnum(Suit, code);
    std.debug.print("{!} {!}\n", .{ parsed, bad });
    const levels = [_]i8{ -1, 0, 1, 5, -128 };
    for (levels) |v| {
        const l: Level = @enumFromInt(v);
        const text = switch (l) {
            .low => "low",
            .mid => "mid",
            .high => "high",
            _ => "custom",
        };
        std.debug.print("{d}:{s}:{} ", .{ v, text, l });
    }
    std.debug.print("\n", .{});
    std.debug.print("{d} fields, min {d}\n", .{ std.meta.fields(Suit).len, @intFromEnum(std.enums.values(Level)[0]) });
    var counts = std.enums.EnumArray(Suit, u8).initFill(0);
    for ("HHSDC") |ch| counts.getPtr(@enumFromInt(ch)).* += 1;
    var it = counts.iterator();
    while (it.next()) |e| std.debug.print("{s}:{d} ", .{ @tagName(e.key), e.value.* });
    std.debug.print("\n", .{});
    code = 'Q';
    const s: Suit = @enumFromInt(code);
    std.debug.print("{}\n", .{s});
}
