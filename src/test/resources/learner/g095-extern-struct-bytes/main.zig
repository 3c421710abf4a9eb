const std = @import("std");

const Header = extern struct {
    tag: u8,
    flags: u8,
    len: u16,
    id: u32,
};

pub fn main() void {
    const h = Header{ .tag = 0x7f, .flags = 3, .len = 0x1234, .id = 0xdeadbeef };
    const bytes = std.mem.asBytes(&h);
    std.debug.print("{d} bytes: {x}\n", .{ bytes.len, bytes.* });
    const copy = std.mem.toBytes(h);
    std.debug.print("equal {}\n", .{std.mem.eql(u8, bytes, &copy)});
    const back = std.mem.bytesToValue(Header, &copy);
    std.debug.print("{x} {x}\n", .{ back.len, back.id });
    const le = std.mem.readInt(u32, copy[4..8], .little);
    const be = std.mem.readInt(u32, copy[4..8], .big);
    std.debug.print("le {x} be {x}\n", .{ le, be });
    var out: [4]u8 = undefined;
    std.mem.writeInt(u32, &out, 0x01020304, .big);
    std.debug.print("{any}\n", .{out});
    const as_u16s = std.mem.bytesAsSlice(u16, copy[0..8]);
    std.debug.print("{x}\n", .{as_u16s});
    std.debug.print("native {s} swapped {x}\n", .{ @tagName(@import("builtin").cpu.arch.endian()), @byteSwap(h.id) });
    std.debug.print("offset of id {d}, size {d}, align {d}\n", .{ @offsetOf(Header, "id"), @sizeOf(Header), @alignOf(Header) });
    const p: *const [2]u16 = @ptrCast(@alignCast(&copy));
    std.debug.print("{x} {x}\n", .{ p[0], p[1] });
}
