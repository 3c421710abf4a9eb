const std = @import("std");

pub fn main() !void {
    const I = std.enums.EnumIndexer(enum { a, b, c });
    std.debug.print("count: {d}\n", .{I.count});
    const J = std.enums.EnumIndexer(enum(u8) { x = 10, y = 50 });
    std.debug.print("sparse count: {d}\n", .{J.count});
    std.debug.print("empty count: {d}\n", .{std.enums.EnumIndexer(enum {}).count});
}
