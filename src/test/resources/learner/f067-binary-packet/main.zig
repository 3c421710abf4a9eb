const std = @import("std");

const Header = struct {
    magic: u16,
    length: u32,
    flags: u8,
};

fn encode(h: Header, out: *[7]u8) void {
    std.mem.writeInt(u16, out[0..2], h.magic, .big);
    std.mem.writeInt(u32, out[2..6], h.length, .little);
    out[6] = h.flags;
}

fn decode(bytes: []const u8) !Header {
    if (bytes.len < 7) return error.ShortPacket;
    const magic = std.mem.readInt(u16, bytes[0..2], .big);
    if (magic != 0xCAFE) return error.BadMagic;
    return .{ .magic = magic, .length = std.mem.readInt(u32, bytes[2..6], .little), .flags = bytes[6] };
}

pub fn main() !void {
    var buf: [7]u8 = undefined;
    encode(.{ .magic = 0xCAFE, .length = 1000, .flags = 0b1010_0110 }, &buf);
    std.debug.print("bytes: {any}\n", .{buf});
    std.debug.print("hex: ", .{});
    for (buf) |b| std.debug.print("{X:0>2}", .{b});
    std.debug.print("\n", .{});
    const h = try decode(&buf);
    std.debug.print("len={d} flags={b} set bits={d} lowest={d} highest={d}\n", .{ h.length, h.flags, @popCount(h.flags), @ctz(h.flags), 7 - @clz(h.flags) });
    std.debug.print("swapped: 0x{x}\n", .{@byteSwap(h.length)});
    const word: u32 = 0x11223344;
    std.debug.print("as bytes: {any}\n", .{std.mem.asBytes(&word)});
    std.debug.print("native little: {}\n", .{@import("builtin").cpu.arch.endian() == .little});
    buf[0] = 0xBE;
    if (decode(&buf)) |_| {} else |err| std.debug.print("decode: {}\n", .{err});
    _ = try decode(buf[0..3]);
}
