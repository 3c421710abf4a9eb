const std = @import("std");

pub fn main() !void {
    std.debug.print("dense: {d}\n", .{std.enums.directEnumArrayLen(enum { a, b, c }, 0)});
    std.debug.print("gaps: {d}\n", .{std.enums.directEnumArrayLen(enum(u8) { a = 4, b = 6, c = 2 }, 4)});
    std.debug.print("empty: {d}\n", .{std.enums.directEnumArrayLen(enum {}, 0)});
}
