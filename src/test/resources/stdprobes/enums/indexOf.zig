const std = @import("std");

pub fn main() !void {
    const E = enum(i8) { low = -5, mid = 0, high = 100 };
    const I = std.enums.EnumIndexer(E);
    std.debug.print("low: {d}\n", .{I.indexOf(.low)});
    std.debug.print("mid: {d}\n", .{I.indexOf(.mid)});
    std.debug.print("high: {d}\n", .{I.indexOf(.high)});
    const D = std.enums.EnumIndexer(enum(u8) { a = 3, b = 4, c = 5 });
    std.debug.print("dense c: {d}\n", .{D.indexOf(.c)});
}
