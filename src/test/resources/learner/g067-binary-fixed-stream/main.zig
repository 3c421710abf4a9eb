const std = @import("std");

const Header = struct {
    magic: u32,
    version: u16,
    count: u16,
};

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try w.writeInt(u32, 0xCAFEBABE, .big);
    try w.writeInt(u16, 3, .little);
    try w.writeInt(u16, 2, .little);
    try w.writeInt(i16, -2, .big);
    try w.writeInt(i16, 300, .big);
    try w.writeAll("ok\n");
    const written = fbs.getWritten();
    std.debug.print("{d} bytes: {s}\n", .{ written.len, std.fmt.fmtSliceHexLower(written) });

    fbs.reset();
    const r = fbs.reader();
    const h = Header{
        .magic = try r.readInt(u32, .big),
        .version = try r.readInt(u16, .little),
        .count = try r.readInt(u16, .little),
    };
    std.debug.print("magic {x} v{d} count {d}\n", .{ h.magic, h.version, h.count });
    for (0..h.count) |_| std.debug.print("value {d}\n", .{try r.readInt(i16, .big)});
    var line_buf: [16]u8 = undefined;
    const line = try r.readUntilDelimiterOrEof(&line_buf, '\n');
    std.debug.print("line {?s} pos {d}\n", .{ line, try fbs.getPos() });
    std.debug.print("byte {d}\n", .{try r.readByte()});
    var small: [2]u8 = undefined;
    var tiny = std.io.fixedBufferStream(&small);
    try tiny.writer().writeInt(u32, 1, .little);
}
