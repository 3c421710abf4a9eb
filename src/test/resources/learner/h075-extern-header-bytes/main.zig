const std = @import("std");

const Header = extern struct { magic: u32, len: u16, kind: u8, flags: u8 };

pub fn main() void {
    var raw: [16]u8 align(4) = undefined;
    @memset(&raw, 0);
    std.mem.writeInt(u32, raw[0..4], 0xCAFEBABE, .little);
    std.mem.writeInt(u16, raw[4..6], 300, .little);
    raw[6] = 2;
    raw[7] = 0x81;
    const h: *const Header = @ptrCast(&raw);
    std.debug.print("magic={x} len={d} kind={d} flags=0b{b:0>8}\n", .{ h.magic, h.len, h.kind, h.flags });
    std.debug.print("size={d} align={d} offset(len)={d}\n", .{ @sizeOf(Header), @alignOf(Header), @offsetOf(Header, "len") });
    const copy = std.mem.bytesToValue(Header, raw[0..8]);
    std.debug.print("copy.len={d} bytes={any}\n", .{ copy.len, std.mem.asBytes(&copy)[4..8] });
    var words: [4]u16 = undefined;
    @memcpy(std.mem.sliceAsBytes(&words), raw[0..8]);
    std.debug.print("words={x}\n", .{words});
    var off: usize = 1;
    _ = &off;
    const unaligned: *align(1) const u32 = @ptrCast(raw[off..][0..4]);
    std.debug.print("unaligned={x}\n", .{unaligned.*});
    const p: *const u32 = @alignCast(unaligned);
    std.debug.print("{x}\n", .{p.*});
}
