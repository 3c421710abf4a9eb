const std = @import("std");

fn readOnes(calls: *u8, dest: []u8) error{}!usize {
    calls.* += 1;
    if (dest.len == 0) return 0;
    dest[0] = 1;
    return 1;
}

pub fn main() !void {
    const Rd = std.io.GenericReader(*u8, error{}, readOnes);
    var calls: u8 = 0;
    const r: Rd = .{ .context = &calls };
    var dest: [4]u8 = undefined;
    try r.readNoEof(&dest);
    std.debug.print("bytes {any}, calls {d}\n", .{ dest, calls });
}
