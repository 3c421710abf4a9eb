const std = @import("std");

pub fn main() void {
    var g = std.Random.Ascon.init([_]u8{7} ** std.Random.Ascon.secret_seed_length);
    var buf: [8]u8 = undefined;
    g.fill(&buf);
    std.debug.print("{any}\n", .{buf});
    var z = std.Random.Ascon.init([_]u8{0} ** 32);
    std.debug.print("{d}\n", .{z.random().int(u32)});
}
