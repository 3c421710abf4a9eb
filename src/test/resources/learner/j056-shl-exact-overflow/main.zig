const std = @import("std");

fn scale(v: u16, bits: u4) u16 {
    return @shlExact(v, bits);
}

pub fn main() void {
    var v: u16 = 3;
    var bits: u4 = 0;
    while (bits < 16) : (bits += 4) {
        v = scale(v, bits);
        std.debug.print("<<{d} = {d}\n", .{ bits, v });
    }
}
