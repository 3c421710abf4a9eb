const std = @import("std");
const testing = std.testing;

fn greet(buf: []u8, name: []const u8) ![]u8 {
    return std.fmt.bufPrint(buf, "Hello, {s}!", .{name});
}

fn csvLine(allocator: std.mem.Allocator, fields: []const []const u8) ![]u8 {
    return std.mem.join(allocator, ",", fields);
}

test "greeting matches" {
    var buf: [32]u8 = undefined;
    try testing.expectEqualStrings("Hello, Ada!", try greet(&buf, "Ada"));
}

test "greeting differs in the middle" {
    var buf: [32]u8 = undefined;
    try testing.expectEqualStrings("Hello, Grace!", try greet(&buf, "Grape"));
}

test "multi-line strings differ" {
    const expected =
        \\line one
        \\line two
        \\line three
    ;
    const actual = "line one\nline 2\nline three";
    try testing.expectEqualStrings(expected, actual);
}

test "csv join" {
    const line = try csvLine(testing.allocator, &.{ "a", "b", "c" });
    defer testing.allocator.free(line);
    try testing.expectEqualStrings("a,b,c", line);
}

test "slices differ in length" {
    try testing.expectEqualSlices(u8, &.{ 1, 2, 3 }, &.{ 1, 2, 3, 4 });
}

test "u16 slices differ" {
    const want = [_]u16{ 10, 20, 30, 40, 50 };
    const got = [_]u16{ 10, 20, 31, 40, 55 };
    try testing.expectEqualSlices(u16, &want, &got);
}

test "buffer too small" {
    var buf: [8]u8 = undefined;
    try testing.expectError(error.NoSpaceLeft, greet(&buf, "Everyone"));
}

test "expectError gets a value" {
    var buf: [64]u8 = undefined;
    try testing.expectError(error.NoSpaceLeft, greet(&buf, "Bo"));
}

test "starts and ends" {
    try testing.expectStringStartsWith("zig build test", "zig build");
    try testing.expectStringEndsWith("zig build test", "run");
}
