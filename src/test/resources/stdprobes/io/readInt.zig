const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream(&[_]u8{ 0x12, 0x34, 0x12, 0x34, 0xff, 0xff, 0xff, 0xff, 9 });
    const r = fbs.reader();
    std.debug.print("u16 little: {x}h\n", .{try r.readInt(u16, .little)});
    std.debug.print("u16 big: {x}h\n", .{try r.readInt(u16, .big)});
    std.debug.print("i32: {d}\n", .{try r.readInt(i32, .little)});
    std.debug.print("u16 from 1 byte: {any}\n", .{r.readInt(u16, .little)});
}
