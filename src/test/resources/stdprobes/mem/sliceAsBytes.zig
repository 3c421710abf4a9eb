const std = @import("std");

pub fn main() void {
    var a = [_]u16{ 0x0102, 0x0304 };
    const b = std.mem.sliceAsBytes(a[0..]);
    std.debug.print("bytes: {any} len {}\n", .{ b, b.len });
    b[0] = 0xff;
    std.debug.print("u16 after write: {x}\n", .{a[0]});
    const e: []const u32 = &.{};
    std.debug.print("empty: len {}\n", .{std.mem.sliceAsBytes(e).len});
}
