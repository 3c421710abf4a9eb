const std = @import("std");
pub fn main() void {
    const text = "The quick brown fox jumps over the lazy dog, again and again and again, until the end of the line.";
    const cuts = [_]usize{ 0, 1, 15, 16, 17, 47, 48, 49, 60, 96, text.len };
    for (cuts) |cut| {
        var h = std.hash.Wyhash.init(7);
        h.update(text[0..cut]);
        const part = h.final();
        h.update(text[cut..]);
        std.debug.print("{d:>3}: {x:0>16} {x:0>16} {}\n", .{ cut, part, h.final(), h.final() == std.hash.Wyhash.hash(7, text) });
    }
    var bytes: [200]u8 = undefined;
    for (&bytes, 0..) |*b, i| b.* = @truncate(i * 7 + 3);
    var h = std.hash.Wyhash.init(0);
    for (0..20) |i| h.update(bytes[i * 10 ..][0..10]);
    std.debug.print("{x} {x}\n", .{ h.final(), std.hash.Wyhash.hash(0, &bytes) });
}
