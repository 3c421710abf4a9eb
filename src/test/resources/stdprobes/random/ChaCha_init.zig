const std = @import("std");

pub fn main() void {
    var g = std.Random.ChaCha.init([_]u8{7} ** 32);
    var buf: [8]u8 = undefined;
    g.fill(&buf);
    std.debug.print("{x} offset {d}\n", .{ buf, g.offset });
    var z = std.Random.ChaCha.init([_]u8{0} ** std.Random.ChaCha.secret_seed_length);
    std.debug.print("{d}\n", .{z.random().int(u32)});
}
