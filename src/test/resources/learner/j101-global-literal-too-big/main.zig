const std = @import("std");

const header_len = 128;
const body_len = 200;
const packet_len: u8 = header_len + body_len;

pub fn main() void {
    var packet: [packet_len]u8 = undefined;
    @memset(&packet, 0);
    std.debug.print("packet of {d} bytes\n", .{packet.len});
}
