const std = @import("std");
const testing = std.testing;

fn encode(allocator: std.mem.Allocator, input: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    const w = out.writer();
    var i: usize = 0;
    while (i < input.len) {
        var run: usize = 1;
        while (i + run < input.len and input[i + run] == input[i]) run += 1;
        try w.print("{d}{c}", .{ run, input[i] });
        i += run;
    }
    return out.toOwnedSlice();
}

fn decode(allocator: std.mem.Allocator, input: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    var n: usize = 0;
    for (input) |c| {
        if (std.ascii.isDigit(c)) {
            n = n * 10 + try std.fmt.charToDigit(c, 10);
        } else {
            if (n == 0) return error.MissingCount;
            try out.appendNTimes(c, n);
            n = 0;
        }
    }
    if (n != 0) return error.TrailingCount;
    return out.toOwnedSlice();
}

test "encode runs" {
    const e = try encode(testing.allocator, "aaabccddddd");
    defer testing.allocator.free(e);
    try testing.expectEqualStrings("3a1b2c5d", e);
}

test "encode long run and empty" {
    const e = try encode(testing.allocator, "zzzzzzzzzzzzq");
    defer testing.allocator.free(e);
    try testing.expectEqualStrings("12z1q", e);
    const empty = try encode(testing.allocator, "");
    defer testing.allocator.free(empty);
    try testing.expectEqual(@as(usize, 0), empty.len);
}

test "decode is the inverse" {
    const original = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB";
    const e = try encode(testing.allocator, original);
    defer testing.allocator.free(e);
    const d = try decode(testing.allocator, e);
    defer testing.allocator.free(d);
    try testing.expectEqualStrings(original, d);
    std.debug.print("encoded: {s}\n", .{e});
}

test "bad input" {
    try testing.expectError(error.MissingCount, decode(testing.allocator, "3ab"));
    try testing.expectError(error.TrailingCount, decode(testing.allocator, "2x7"));
}
