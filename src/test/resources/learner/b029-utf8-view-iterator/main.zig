const std = @import("std");

pub fn main() !void {
    const samples = [_][]const u8{ "hello", "héllo wörld", "日本語", "naïve café ☕", "😀!" };
    for (samples) |s| {
        const cps = try std.unicode.utf8CountCodepoints(s);
        std.debug.print("'{s}': {d} bytes, {d} code points\n", .{ s, s.len, cps });
    }

    const text = "Zürich → 東京";
    const view = try std.unicode.Utf8View.init(text);
    var it = view.iterator();
    while (it.nextCodepointSlice()) |slice| {
        const cp = try std.unicode.utf8Decode(slice);
        std.debug.print("  {u} U+{X:0>4} bytes={d}\n", .{ cp, cp, slice.len });
    }

    var it2 = view.iterator();
    var non_ascii: usize = 0;
    var widest: u21 = 0;
    while (it2.nextCodepoint()) |cp| {
        if (cp > 0x7f) non_ascii += 1;
        if (cp > widest) widest = cp;
    }
    std.debug.print("non-ascii: {d}, largest code point: U+{X} ({u})\n", .{ non_ascii, widest, widest });

    const bad = "abc\xffdef";
    if (std.unicode.Utf8View.init(bad)) |_| {
        std.debug.print("unexpectedly valid\n", .{});
    } else |err| {
        std.debug.print("invalid input: {s}\n", .{@errorName(err)});
    }
}
