const std = @import("std");
const testing = std.testing;

fn cLength(s: [*:0]const u8) usize {
    var n: usize = 0;
    while (s[n] != 0) n += 1;
    return n;
}

fn greet(allocator: std.mem.Allocator, name: []const u8) ![:0]u8 {
    return std.fmt.allocPrintZ(allocator, "hello, {s}", .{name});
}

test "string literals are sentinel terminated" {
    const lit = "zig";
    try testing.expectEqual(@as(usize, 3), lit.len);
    try testing.expectEqual(@as(u8, 0), lit[3]);
    const s: [:0]const u8 = lit;
    try testing.expectEqual(@as(usize, 3), cLength(s.ptr));
}

test "span and sliceTo on many-pointers" {
    const raw: [*:0]const u8 = "many pointer";
    const span = std.mem.span(raw);
    try testing.expectEqualStrings("many pointer", span);
    try testing.expectEqual(@as(usize, 12), span.len);
    const word = std.mem.sliceTo(raw, ' ');
    try testing.expectEqualStrings("many", word);
}

test "allocPrintZ and dupeZ" {
    const g = try greet(testing.allocator, "world");
    defer testing.allocator.free(g);
    try testing.expectEqual(@as(usize, 12), cLength(g));
    const copy = try testing.allocator.dupeZ(u8, g[0..5]);
    defer testing.allocator.free(copy);
    try testing.expectEqualStrings("hello", std.mem.span(copy.ptr));
}

test "buffer with embedded zero" {
    var buf: [16]u8 = undefined;
    @memset(&buf, 0);
    @memcpy(buf[0..4], "abcd");
    buf[2] = 0;
    const s: [:0]const u8 = buf[0..2 :0];
    try testing.expectEqualStrings("ab", s);
    try testing.expectEqual(@as(usize, 2), std.mem.len(@as([*:0]const u8, buf[0..15 :0])));
}

test "wrong sentinel slice" {
    var buf = [_]u8{ 'x', 'y', 'z', 0 };
    const bad: [:0]u8 = buf[0..1 :0];
    try testing.expectEqual(@as(usize, 1), bad.len);
}
