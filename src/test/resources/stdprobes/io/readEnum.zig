const std = @import("std");

pub fn main() !void {
    const Kind = enum(u16) { ping = 1, pong = 2 };
    var fbs = std.io.fixedBufferStream(&[_]u8{ 0, 2, 1, 0, 9, 9, 7 });
    const r = fbs.reader();
    std.debug.print("big 2: {s}\n", .{@tagName(try r.readEnum(Kind, .big))});
    std.debug.print("little 1: {s}\n", .{@tagName(try r.readEnum(Kind, .little))});
    std.debug.print("bad: {s}\n", .{if (r.readEnum(Kind, .big)) |k| @tagName(k) else |e| @errorName(e)});
    std.debug.print("short: {s}\n", .{if (r.readEnum(Kind, .big)) |k| @tagName(k) else |e| @errorName(e)});
}
