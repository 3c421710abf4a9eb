const std = @import("std");

const Suit = enum { spades, hearts, clubs, diamonds };

pub fn main() !void {
    const S = std.enums.EnumFieldStruct(Suit, u8, 0);
    const s: S = .{ .hearts = 5 };
    std.debug.print("spades={d} hearts={d} clubs={d} diamonds={d}\n", .{ s.spades, s.hearts, s.clubs, s.diamonds });
    inline for (std.meta.fields(S)) |f| std.debug.print("field {s}: {s}\n", .{ f.name, @typeName(f.type) });
    const B = std.enums.EnumFieldStruct(Suit, bool, null);
    const b: B = .{ .spades = true, .hearts = false, .clubs = true, .diamonds = false };
    std.debug.print("bools: {} {} {} {}\n", .{ b.spades, b.hearts, b.clubs, b.diamonds });
}
