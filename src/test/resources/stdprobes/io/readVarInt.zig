const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream(&[_]u8{ 0x01, 0x02, 0x03, 0xff });
    const r = fbs.reader();
    std.debug.print("3 bytes big into u32: {x}h\n", .{try r.readVarInt(u32, .big, 3)});
    std.debug.print("1 byte into i16: {d}\n", .{try r.readVarInt(i16, .little, 1)});
    std.debug.print("past end: {any}\n", .{r.readVarInt(u32, .little, 2)});
}
