const std = @import("std");

fn window(data: []const u8, start: usize, len: usize) []const u8 {
    return data[start .. start + len];
}

fn rangeOf(data: []const u8, from: usize, to: usize) []const u8 {
    return data[from..to];
}

pub fn main() void {
    const text = "sliding windows over text";
    var i: usize = 0;
    while (i + 7 <= text.len) : (i += 6) std.debug.print("[{s}]", .{window(text, i, 7)});
    std.debug.print("\n", .{});
    const names = [_][]const u8{ "a", "b", "c" };
    const scores = [_]u8{ 10, 20, 30 };
    for (names, scores) |n, s| std.debug.print("{s}={d} ", .{ n, s });
    std.debug.print("\n{s}|{s}|\n", .{ rangeOf(text, 0, 7), rangeOf(text, 8, 8) });
    var from: usize = 12;
    _ = &from;
    std.debug.print("{s}\n", .{rangeOf(text, from, 3)});
}
