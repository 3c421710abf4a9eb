const std = @import("std");

fn encode(alloc: std.mem.Allocator, input: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(alloc);
    var i: usize = 0;
    while (i < input.len) {
        const c = input[i];
        var run: u8 = 1;
        while (i + run < input.len and input[i + run] == c) run += 1;
        try out.writer().print("{d}{c}", .{ run, c });
        i += run;
    }
    return out.toOwnedSlice();
}

fn decode(alloc: std.mem.Allocator, input: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(alloc);
    errdefer out.deinit();
    var n: usize = 0;
    for (input) |c| {
        if (std.ascii.isDigit(c)) {
            n = n * 10 + (c - '0');
        } else {
            if (n == 0) return error.MissingCount;
            try out.appendNTimes(c, n);
            n = 0;
        }
    }
    return out.toOwnedSlice();
}

test "roundtrip" {
    const a = std.testing.allocator;
    const enc = try encode(a, "aaabccddddd");
    defer a.free(enc);
    try std.testing.expectEqualStrings("3a1b2c5d", enc);
    const dec = try decode(a, enc);
    defer a.free(dec);
    try std.testing.expectEqualStrings("aaabccddddd", dec);
}

test "decode errors" {
    try std.testing.expectError(error.MissingCount, decode(std.testing.allocator, "3ab"));
}

test "long run" {
    const a = std.testing.allocator;
    const input = "x" ** 300;
    const enc = try encode(a, input);
    defer a.free(enc);
    try std.testing.expectEqualStrings("300x", enc);
}
