const std = @import("std");

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    try out.print("{1s} {0s}!\n", .{ "world", "hello" });
    try out.print("{0d} + {0d} = {1d}\n", .{ 21, 42 });
    try out.print("{[name]s} is {[age]d} years ({[age]x} in hex)\n", .{ .name = "Ada", .age = 36 });
    try out.print("{{literal braces}} and {{{d}}}\n", .{7});
    const width: usize = 8;
    try out.print("[{0s:>[1]}] [{2s:<[1]}]\n", .{ "ab", width, "cd" });
    try out.print("[{d:[w]}] [{d:0>[w]}]\n", .{ .v = 5, .w = 4 });
    try out.print("[{d:.[1]}]\n", .{ 3.14159, 2 });
    try out.print("[{[v]d:^[w].[p]}]\n", .{ .v = 2.71828, .w = 10, .p = 3 });
    var buf: [32]u8 = undefined;
    const names = [_][]const u8{ "x", "yy", "zzz" };
    for (names, 1..) |n, i| {
        const s = try std.fmt.bufPrint(&buf, "{s:*>[1]}|{d:>[1]}", .{ n, i + 2 });
        try out.print("{s}\n", .{s});
    }
    const r = std.fmt.bufPrint(buf[0..4], "{d}", .{123456});
    try out.print("small buffer: {!s}\n", .{r});
    const n = std.fmt.count("{d}-{s}", .{ 1000, "abc" });
    try out.print("count = {d}\n", .{n});
    const z = try std.fmt.bufPrintZ(&buf, "id{d}", .{77});
    try out.print("{s} len {d} sentinel {d}\n", .{ z, z.len, z[z.len] });
}
