const std = @import("std");

const ParseError = error{ Empty, BadChar, TooBig };

fn parseDigit(c: u8) ParseError!u8 {
    return switch (c) {
        '0'...'9' => c - '0',
        else => error.BadChar,
    };
}

fn parse(s: []const u8) ParseError!u32 {
    if (s.len == 0) return error.Empty;
    var n: u32 = 0;
    for (s) |c| {
        const d = try parseDigit(c);
        n = n * 10 + d;
        if (n > 9999) return ParseError.TooBig;
    }
    return n;
}

fn describe(err: ParseError) []const u8 {
    return switch (err) {
        error.Empty => "empty",
        error.BadChar => "bad character",
        error.TooBig => "too big",
    };
}

fn makePair(allocator: std.mem.Allocator, fail: bool) ![]u8 {
    const a = try allocator.alloc(u8, 4);
    errdefer allocator.free(a);
    std.debug.print("allocated a\n", .{});
    if (fail) return error.Nope;
    return a;
}

pub fn main() !void {
    const inputs = [_][]const u8{ "123", "", "4x", "123456" };
    for (inputs) |in| {
        if (parse(in)) |v| {
            std.debug.print("{s} -> {d}\n", .{ in, v });
        } else |e| {
            std.debug.print("{s} -> {s} ({})\n", .{ in, describe(e), e });
        }
    }
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leaks: {}\n", .{gpa.deinit() == .leak});
    const allocator = gpa.allocator();
    const ok = try makePair(allocator, false);
    defer allocator.free(ok);
    _ = makePair(allocator, true) catch |e| std.debug.print("failed with {}\n", .{e});
    const r = parse("77") catch 0;
    std.debug.print("r = {d}\n", .{r});
    const bad: anyerror!u8 = error.Boom;
    std.debug.print("{!} {any}\n", .{ bad, bad });
    _ = try parse("9a");
}
