const std = @import("std");

pub fn main() void {
    var g = std.Random.ChaCha.init([_]u8{1} ** 32);
    g.addEntropy("some extra entropy");
    std.debug.print("{d}\n", .{g.random().int(u64)});
    g.addEntropy("a long string of entropy that is longer than thirty-two bytes!");
    std.debug.print("{d} offset {d}\n", .{ g.random().int(u64), g.offset });
}
