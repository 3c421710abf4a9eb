const std = @import("std");

pub fn main() !void {
    const s = "héllo wörld ✓ 😀";
    std.debug.print("bytes={d}\n", .{s.len});
    std.debug.print("codepoints={d}\n", .{try std.unicode.utf8CountCodepoints(s)});
    var view = try std.unicode.Utf8View.init(s);
    var it = view.iterator();
    while (it.nextCodepointSlice()) |cp| {
        const c = try std.unicode.utf8Decode(cp);
        if (cp.len > 1) std.debug.print("{s} U+{X:0>4} len={d}\n", .{ cp, c, cp.len });
    }
    var buf: [4]u8 = undefined;
    const n = try std.unicode.utf8Encode(0x1F600, &buf);
    std.debug.print("encoded {d} bytes: {any} {x}\n", .{ n, buf[0..n], buf[0..n] });
    std.debug.print("seqlen {d} {d}\n", .{ try std.unicode.utf8ByteSequenceLength('a'), try std.unicode.utf8ByteSequenceLength(0xE2) });
    std.debug.print("valid {} {}\n", .{ std.unicode.utf8ValidateSlice(s), std.unicode.utf8ValidateSlice("\xff\xfe") });
    for ("Zig 0.14!\t") |c| {
        std.debug.print("{c}:{s}{s}{s}{s} ", .{ if (std.ascii.isPrint(c)) c else '?', if (std.ascii.isAlphabetic(c)) "a" else "-", if (std.ascii.isDigit(c)) "d" else "-", if (std.ascii.isUpper(c)) "U" else "-", if (std.ascii.isPunctuation(c)) "p" else "-" });
    }
    std.debug.print("\n", .{});
    var up: [16]u8 = undefined;
    std.debug.print("{s} {s}\n", .{ std.ascii.upperString(&up, "mixed Case 1"), std.ascii.lowerString(up[12..], "ABCD") });
    std.debug.print("eqlIgnoreCase={} indexIgnoreCase={?d}\n", .{ std.ascii.eqlIgnoreCase("HeLLo", "hello"), std.ascii.indexOfIgnoreCase("Hello World", "WORLD") });
    std.debug.print("{u} {u}\n", .{ @as(u21, 0x00e9), @as(u21, 0x2713) });
    _ = try std.unicode.utf8CountCodepoints("ok\xc3");
}
