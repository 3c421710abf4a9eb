const std = @import("std");
const testing = std.testing;

const Record = struct {
    id: u16,
    temp: i16,
    label: []const u8,
};

fn writeRecord(writer: anytype, r: Record) !void {
    try writer.writeInt(u16, r.id, .little);
    try writer.writeInt(i16, r.temp, .little);
    try writer.writeByte(@intCast(r.label.len));
    try writer.writeAll(r.label);
}

fn readRecord(reader: anytype, label_buf: []u8) !Record {
    const id = try reader.readInt(u16, .little);
    const temp = try reader.readInt(i16, .little);
    const len = try reader.readByte();
    if (len > label_buf.len) return error.LabelTooLong;
    try reader.readNoEof(label_buf[0..len]);
    return .{ .id = id, .temp = temp, .label = label_buf[0..len] };
}

test "round trip two records" {
    var buf: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    try writeRecord(fbs.writer(), .{ .id = 1, .temp = -40, .label = "cold" });
    try writeRecord(fbs.writer(), .{ .id = 513, .temp = 35, .label = "hot" });
    const written = fbs.getWritten();
    try testing.expectEqual(@as(usize, 17), written.len);

    var in = std.io.fixedBufferStream(written);
    var label: [8]u8 = undefined;
    const a = try readRecord(in.reader(), &label);
    try testing.expectEqual(@as(i16, -40), a.temp);
    try testing.expectEqualStrings("cold", a.label);
    const b = try readRecord(in.reader(), &label);
    try testing.expectEqual(@as(u16, 513), b.id);
    try testing.expectError(error.EndOfStream, readRecord(in.reader(), &label));
}

test "reading lines from a fixed buffer" {
    var in = std.io.fixedBufferStream("alpha\nbeta\ngamma");
    var line_buf: [16]u8 = undefined;
    var count: usize = 0;
    while (try in.reader().readUntilDelimiterOrEof(&line_buf, '\n')) |line| {
        count += 1;
        try testing.expect(line.len >= 4);
    }
    try testing.expectEqual(@as(usize, 3), count);
}

test "writer runs out of space" {
    var small: [6]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&small);
    try fbs.writer().print("{d}", .{1234});
    try testing.expectEqualStrings("1234", fbs.getWritten());
    try testing.expectError(error.NoSpaceLeft, fbs.writer().print("{d}", .{567}));
    fbs.reset();
    try writeRecord(fbs.writer(), .{ .id = 2, .temp = 0, .label = "toolong" });
}
