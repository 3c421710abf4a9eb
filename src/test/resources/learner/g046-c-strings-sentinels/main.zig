const std = @import("std");

fn cLen(s: [*:0]const u8) usize {
    var i: usize = 0;
    while (s[i] != 0) i += 1;
    return i;
}

fn upperInPlace(s: [*:0]u8) void {
    var i: usize = 0;
    while (s[i] != 0) : (i += 1) s[i] = std.ascii.toUpper(s[i]);
}

pub fn main() void {
    const lit = "sentinel";
    std.debug.print("{s} {d} {d} {d}\n", .{ lit, lit.len, cLen(lit), std.mem.len(@as([*:0]const u8, lit)) });
    var buf: [16:0]u8 = [_:0]u8{0} ** 16;
    @memcpy(buf[0..5], "hello");
    upperInPlace(&buf);
    std.debug.print("{s}|{d}\n", .{ std.mem.sliceTo(&buf, 0), buf.len });
    const as_many: [*:0]const u8 = &buf;
    std.debug.print("{s}\n", .{std.mem.span(as_many)});
    const names = [_][*:0]const u8{ "ada", "grace", "linus" };
    for (names) |n| std.debug.print("{s}:{d} ", .{ n, cLen(n) });
    std.debug.print("\n", .{});
    const arr = [_:255]u8{ 1, 2, 3 };
    std.debug.print("{d} {d} {any}\n", .{ arr.len, arr[arr.len], arr });
    const s: [:255]const u8 = &arr;
    std.debug.print("{s} {d}\n", .{ @typeName(@TypeOf(s)), s[3] });
    const idx = std.mem.indexOfSentinel(u8, 0, as_many);
    std.debug.print("indexOfSentinel {d}\n", .{idx});
    const z: [:0]const u8 = buf[0..5 :0];
    std.debug.print("{s}\n", .{z});
}
