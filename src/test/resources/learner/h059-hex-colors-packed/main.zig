const std = @import("std");

fn parseHex(s: []const u8) !u32 {
    if (s.len == 0 or s.len > 8) return error.BadLength;
    var v: u32 = 0;
    for (s) |c| {
        const d = std.fmt.charToDigit(c, 16) catch return error.BadDigit;
        v = (v << 4) | d;
    }
    return v;
}

const Rgb = packed struct(u24) { b: u8, g: u8, r: u8 };

fn mix(a: Rgb, b: Rgb) Rgb {
    return .{
        .r = @intCast((@as(u16, a.r) + b.r) / 2),
        .g = @intCast((@as(u16, a.g) + b.g) / 2),
        .b = @intCast((@as(u16, a.b) + b.b) / 2),
    };
}

pub fn main() !void {
    const inputs = [_][]const u8{ "ff8800", "00ff7f", "123", "zz0000", "", "1234567890" };
    var colors: [4]Rgb = undefined;
    var n: usize = 0;
    for (inputs) |s| {
        const v = parseHex(s) catch |e| {
            std.debug.print("{s:<12} {s}\n", .{ s, @errorName(e) });
            continue;
        };
        const c: Rgb = @bitCast(@as(u24, @truncate(v)));
        colors[n] = c;
        n += 1;
        std.debug.print("{s:<12} r={d:>3} g={d:>3} b={d:>3} #{x:0>6}\n", .{ s, c.r, c.g, c.b, @as(u24, @bitCast(c)) });
    }
    const m = mix(colors[0], colors[1]);
    std.debug.print("mix #{X:0>6} {any}\n", .{ @as(u24, @bitCast(m)), m });
    const gray: u8 = @intCast((@as(u32, m.r) * 30 + @as(u32, m.g) * 59 + @as(u32, m.b) * 11) / 100);
    std.debug.print("gray={d} rotl={x} rotr={x}\n", .{ gray, std.math.rotl(u8, 0b1001_0110, 3), std.math.rotr(u8, 0b1001_0110, 3) });
    const v = try parseHex("1_0");
    _ = v;
}
