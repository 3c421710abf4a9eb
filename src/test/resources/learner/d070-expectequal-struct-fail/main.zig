const std = @import("std");
const testing = std.testing;

const Color = struct {
    r: u8,
    g: u8,
    b: u8,

    fn fromHex(s: []const u8) !Color {
        const t = std.mem.trimLeft(u8, s, "#");
        if (t.len != 6) return error.BadLength;
        return .{
            .r = try std.fmt.parseInt(u8, t[0..2], 16),
            .g = try std.fmt.parseInt(u8, t[2..4], 16),
            .b = try std.fmt.parseInt(u8, t[4..6], 16),
        };
    }

    fn mix(a: Color, b: Color) Color {
        return .{
            .r = @intCast((@as(u16, a.r) + b.r) / 2),
            .g = @intCast((@as(u16, a.g) + b.g) / 2),
            .b = @intCast((@as(u16, a.b) + b.b) / 2),
        };
    }
};

test "parse hex colors" {
    try testing.expectEqual(Color{ .r = 255, .g = 128, .b = 0 }, try Color.fromHex("#ff8000"));
    try testing.expectError(error.BadLength, Color.fromHex("#fff"));
    try testing.expectError(error.InvalidCharacter, Color.fromHex("zz0000"));
}

test "mixing rounds down" {
    const white = try Color.fromHex("ffffff");
    const black = try Color.fromHex("000000");
    try testing.expectEqual(Color{ .r = 128, .g = 128, .b = 128 }, white.mix(black));
}
