const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const words = [_][]const u8{ "naïve", "日本語", "zig⚡", "plain" };
    for (words) |w| {
        const n = try unicode.utf8CountCodepoints(w);
        try out.print("{s}: {d} bytes, {d} codepoints:", .{ w, w.len, n });
        const view = try unicode.Utf8View.init(w);
        var it = view.iterator();
        while (it.nextCodepoint()) |cp| {
            try out.print(" U+{X:0>4}", .{cp});
        }
        try out.print("\n", .{});
    }
    var buf: [4]u8 = undefined;
    const cps = [_]u21{ 'A', 0xE9, 0x20AC, 0x1F980 };
    for (cps) |cp| {
        const len = try unicode.utf8Encode(cp, &buf);
        try out.print("{u} -> {d} bytes {x}\n", .{ cp, len, buf[0..len] });
    }
    const seq_len = try unicode.utf8ByteSequenceLength(0xE6);
    try out.print("0xE6 starts a {d}-byte sequence\n", .{seq_len});
    const bad = "ab\xffcd";
    try out.print("valid \"{s}\"? {}\n", .{ "héllo", unicode.utf8ValidateSlice("héllo") });
    try out.print("valid bad? {}\n", .{unicode.utf8ValidateSlice(bad)});
    if (unicode.Utf8View.init(bad)) |_| {
        try out.print("unexpected\n", .{});
    } else |err| {
        try out.print("init bad: {s}\n", .{@errorName(err)});
    }
    const dec = try unicode.utf8Decode("€");
    try out.print("decoded {d} = 0x{x}\n", .{ dec, dec });
    var it2 = (try unicode.Utf8View.init("añb")).iterator();
    while (it2.nextCodepointSlice()) |s| try out.print("[{s}:{d}]", .{ s, s.len });
    try out.print("\n", .{});
    // invalid codepoint encode
    const r = unicode.utf8Encode(0xD800, &buf);
    try out.print("surrogate: {!d}\n", .{r});
}
