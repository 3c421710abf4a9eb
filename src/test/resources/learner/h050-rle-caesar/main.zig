const std = @import("std");

fn rle(alloc: std.mem.Allocator, s: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(alloc);
    errdefer out.deinit();
    var i: usize = 0;
    while (i < s.len) {
        var j = i;
        while (j < s.len and s[j] == s[i]) j += 1;
        try out.writer().print("{d}{c}", .{ j - i, s[i] });
        i = j;
    }
    return out.toOwnedSlice();
}

fn unrle(alloc: std.mem.Allocator, s: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(alloc);
    errdefer out.deinit();
    var n: usize = 0;
    for (s) |c| {
        if (std.ascii.isDigit(c)) {
            n = n * 10 + (c - '0');
        } else {
            if (n == 0) return error.MissingCount;
            try out.appendNTimes(c, n);
            n = 0;
        }
    }
    if (n != 0) return error.TrailingCount;
    return out.toOwnedSlice();
}

fn caesar(buf: []u8, shift: u8) void {
    for (buf) |*c| {
        if (std.ascii.isLower(c.*)) c.* = 'a' + (c.* - 'a' + shift) % 26;
        if (std.ascii.isUpper(c.*)) c.* = 'A' + (c.* - 'A' + shift) % 26;
    }
}

pub fn main() !void {
    const alloc = std.testing.allocator;
    const inputs = [_][]const u8{ "aaabccdddd", "x", "", "zzzzzzzzzzzz" };
    for (inputs) |in| {
        const enc = try rle(alloc, in);
        defer alloc.free(enc);
        const dec = try unrle(alloc, enc);
        defer alloc.free(dec);
        std.debug.print("'{s}' -> '{s}' -> '{s}' ok={}\n", .{ in, enc, dec, std.mem.eql(u8, in, dec) });
    }
    for ([_][]const u8{ "3a2", "a", "12b" }) |bad| {
        if (unrle(alloc, bad)) |d| {
            std.debug.print("decoded {d} bytes\n", .{d.len});
            alloc.free(d);
        } else |e| std.debug.print("'{s}': {s}\n", .{ bad, @errorName(e) });
    }
    var msg = "Hello, Zig World!".*;
    caesar(&msg, 3);
    std.debug.print("{s}\n", .{msg});
    caesar(&msg, 23);
    std.debug.print("{s}\n", .{msg});
    caesar(&msg, 250);
}
