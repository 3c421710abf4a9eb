const std = @import("std");

fn describe(s: []const u8) void {
    const n = std.unicode.utf8CountCodepoints(s) catch |err| {
        std.debug.print("'{s}' is not valid UTF-8: {s}\n", .{ std.fmt.fmtSliceEscapeLower(s), @errorName(err) });
        return;
    };
    std.debug.print("'{s}': {d} bytes, {d} codepoints\n", .{ s, s.len, n });
    const view = std.unicode.Utf8View.init(s) catch unreachable;
    var it = view.iterator();
    while (it.nextCodepointSlice()) |slice| {
        const cp = std.unicode.utf8Decode(slice) catch unreachable;
        std.debug.print("  U+{X:0>4} len={d} '{s}'\n", .{ cp, slice.len, slice });
    }
}

pub fn main() !void {
    describe("zig");
    describe("héllo");
    describe("日本");
    describe("a\xffb");
    describe("\xe6\x97");

    var buf: [4]u8 = undefined;
    const cps = [_]u21{ 'A', 0xE9, 0x20AC, 0x1F600 };
    for (cps) |cp| {
        const len = try std.unicode.utf8Encode(cp, &buf);
        std.debug.print("encode U+{X}: {d} bytes {any}\n", .{ cp, len, buf[0..len] });
    }
    if (std.unicode.utf8Encode(0xD800, &buf)) |_| {
        std.debug.print("surrogate encoded?\n", .{});
    } else |err| std.debug.print("surrogate: {s}\n", .{@errorName(err)});

    std.debug.print("valid: {} {}\n", .{ std.unicode.utf8ValidateSlice("ok ✓"), std.unicode.utf8ValidateSlice("\xc0\x80") });
    _ = try std.unicode.Utf8View.init("bad \xfe byte");
}
