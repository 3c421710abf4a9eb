const std = @import("std");
const fmt = std.fmt;

fn parser(comptime s: []const u8) fmt.Parser {
    return .{ .iter = std.unicode.Utf8View.initComptime(s).iterator() };
}

pub fn main() void {
    const r = comptime blk: {
        var p = parser("abc");
        break :blk .{ p.peek(0), p.peek(2), p.peek(3), p.iter.i };
    };
    std.debug.print("peek 0: {?u} peek 2: {?u} peek 3: {?} pos: {}\n", .{ r[0], r[1], r[2], r[3] });
}
