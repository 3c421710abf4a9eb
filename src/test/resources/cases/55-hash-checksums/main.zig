const std = @import("std");
pub fn main() void {
    const inputs = [_][]const u8{ "", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog" };
    for (inputs) |s| {
        std.debug.print("{x:0>8} {x:0>8} {x:0>8} {x:0>16}\n", .{ std.hash.Crc32.hash(s), std.hash.Adler32.hash(s), std.hash.Fnv1a_32.hash(s), std.hash.Fnv1a_64.hash(s) });
    }
    var c = std.hash.Crc32.init();
    var a = std.hash.Adler32.init();
    var f = std.hash.Fnv1a_64.init();
    for (inputs) |s| {
        c.update(s);
        a.update(s);
        f.update(s);
    }
    std.debug.print("{x} {x} {x}\n", .{ c.final(), a.final(), f.final() });
}
