const std = @import("std");
const testing = std.testing;

const Header = struct {
    magic: u32,
    version: u16,
    count: u16,
};

fn encode(h: Header, buf: *[8]u8) void {
    std.mem.writeInt(u32, buf[0..4], h.magic, .big);
    std.mem.writeInt(u16, buf[4..6], h.version, .little);
    std.mem.writeInt(u16, buf[6..8], h.count, .little);
}

fn decode(buf: *const [8]u8) Header {
    return .{
        .magic = std.mem.readInt(u32, buf[0..4], .big),
        .version = std.mem.readInt(u16, buf[4..6], .little),
        .count = std.mem.readInt(u16, buf[6..8], .little),
    };
}

test "header round trip" {
    var buf: [8]u8 = undefined;
    const h = Header{ .magic = 0xCAFEBABE, .version = 3, .count = 513 };
    encode(h, &buf);
    try testing.expectEqualSlices(u8, &[_]u8{ 0xCA, 0xFE, 0xBA, 0xBE, 3, 0, 1, 2 }, &buf);
    try testing.expectEqual(h, decode(&buf));
}

test "sliceTo and zeroes" {
    var name: [16]u8 = std.mem.zeroes([16]u8);
    @memcpy(name[0..5], "hello");
    const s = std.mem.sliceTo(&name, 0);
    try testing.expectEqual(@as(usize, 5), s.len);
    try testing.expectEqualStrings("hello", s);
    const h = std.mem.zeroes(Header);
    try testing.expectEqual(@as(u32, 0), h.magic);
}

test "reverse and rotate" {
    var a = [_]u8{ 1, 2, 3, 4, 5 };
    std.mem.reverse(u8, &a);
    try testing.expectEqualSlices(u8, &.{ 5, 4, 3, 2, 1 }, &a);
    std.mem.rotate(u8, &a, 2);
    try testing.expectEqualSlices(u8, &.{ 3, 2, 1, 5, 4 }, &a);
    try testing.expect(std.mem.eql(u8, a[0..3], &[_]u8{ 3, 2, 1 }));
    try testing.expect(!std.mem.eql(u8, a[0..3], a[1..4]));
}

test "copyForwards shifts left in place" {
    var buf = "..abcdef".*;
    std.mem.copyForwards(u8, buf[0..6], buf[2..8]);
    try testing.expectEqualStrings("abcdefef", &buf);
}
