const std = @import("std");

fn cLength(s: [*:0]const u8) usize {
    var n: usize = 0;
    while (s[n] != 0) : (n += 1) {}
    return n;
}

pub fn main() !void {
    var bw = std.io.bufferedWriter(std.io.getStdOut().writer());
    const out = bw.writer();
    defer bw.flush() catch {};

    const greeting: [:0]const u8 = "hello world";
    try out.print("len {d} / {d}, sentinel {d}\n", .{ greeting.len, cLength(greeting.ptr), greeting[greeting.len] });
    var raw = [_]u8{ 'z', 'i', 'g', 0, 'x', 'y' };
    const until_zero = std.mem.sliceTo(&raw, 0);
    try out.print("sliceTo: {s} ({d})\n", .{ until_zero, until_zero.len });
    const as_c: [*:0]const u8 = raw[0..3 :0];
    try out.print("span: {s}\n", .{std.mem.span(as_c)});

    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const z = try std.fmt.allocPrintZ(gpa.allocator(), "{s}-{d}", .{ "id", 7 });
    defer gpa.allocator().free(z);
    try out.print("allocPrintZ: {s} len {d} c-len {d}\n", .{ z, z.len, cLength(z) });
    std.debug.print("(stderr goes out before the buffered stdout)\n", .{});
    const bad = raw[1..4 :0];
    try out.print("{s}\n", .{bad});
}
