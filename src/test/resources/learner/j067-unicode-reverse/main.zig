const std = @import("std");

fn reverseUtf8(dst: []u8, src: []const u8) ![]u8 {
    var view = try std.unicode.Utf8View.init(src);
    var it = view.iterator();
    var end = src.len;
    while (it.nextCodepointSlice()) |cp| {
        end -= cp.len;
        @memcpy(dst[end .. end + cp.len], cp);
    }
    return dst[0..src.len];
}

fn countVowels(s: []const u8) !usize {
    var n: usize = 0;
    var it = (try std.unicode.Utf8View.init(s)).iterator();
    while (it.nextCodepoint()) |cp| {
        switch (cp) {
            'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U', 'é', 'è', 'ü', 'ö' => n += 1,
            else => {},
        }
    }
    return n;
}

pub fn main() !void {
    var buf: [64]u8 = undefined;
    const words = [_][]const u8{ "hello", "crème brûlée", "Grüße", "naïve café" };
    for (words) |w| {
        const r = try reverseUtf8(&buf, w);
        std.debug.print("{s:<14}| {s} | vowels {d} | cps {d}\n", .{ w, r, try countVowels(w), try std.unicode.utf8CountCodepoints(w) });
    }
    const bad = [_]u8{ 'o', 'k', 0xC3 };
    if (reverseUtf8(&buf, &bad)) |_| {} else |err| std.debug.print("bad input: {s}\n", .{@errorName(err)});
    std.debug.print("{d}\n", .{std.unicode.utf8CountCodepoints(&bad) catch 0});
    var enc: [8]u8 = undefined;
    var n: usize = 0;
    for ([_]u21{ 'Z', 'ï', 'g' }) |cp| n += try std.unicode.utf8Encode(cp, enc[n..]);
    std.debug.print("{s} ({d} bytes)\n", .{ enc[0..n], n });
    const too_big = std.unicode.utf8Encode(0x110000, &enc);
    std.debug.print("{!d}\n", .{too_big});
}
