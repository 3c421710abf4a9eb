const std = @import("std");

const Piece = enum(u3) { none, pawn, knight, bishop, rook, queen, king };

const Move = packed struct(u16) {
    from: u6,
    to: u6,
    promo: Piece = .none,
    capture: bool = false,

    fn square(i: u6) [2]u8 {
        return .{ 'a' + @as(u8, i % 8), '1' + @as(u8, i / 8) };
    }

    pub fn format(self: Move, comptime _: []const u8, _: std.fmt.FormatOptions, w: anytype) !void {
        const f = square(self.from);
        const t = square(self.to);
        try w.print("{s}{s}{s}", .{ &f, if (self.capture) "x" else "-", &t });
        if (self.promo != .none) try w.print("={s}", .{@tagName(self.promo)});
    }
};

pub fn main() void {
    const moves = [_]Move{
        .{ .from = 12, .to = 28 },
        .{ .from = 6, .to = 21 },
        .{ .from = 52, .to = 61, .promo = .queen, .capture = true },
    };
    for (moves) |m| {
        const raw: u16 = @bitCast(m);
        std.debug.print("{} raw {b:0>16} 0x{x:0>4}\n", .{ m, raw, raw });
    }
    const back: Move = @bitCast(@as(u16, 0b1_101_111101_110100));
    std.debug.print("{} {any}\n", .{ back, back.promo });
    std.debug.print("size {d} bits {d}\n", .{ @sizeOf(Move), @bitSizeOf(Move) });
    const all: [3]u16 = @bitCast(moves);
    std.debug.print("{any}\n", .{all});
    var bad: u16 = 0b0_111_000000_000000;
    _ = &bad;
    const m: Move = @bitCast(bad);
    std.debug.print("{s}\n", .{@tagName(m.promo)});
}
