const std = @import("std");
const fmt = std.fmt;

fn parser(comptime s: []const u8) fmt.Parser {
    return .{ .iter = std.unicode.Utf8View.initComptime(s).iterator() };
}

pub fn main() void {
    const r = comptime blk: {
        var p = parser(":x");
        const a = p.maybe('x');
        const b = p.maybe(':');
        const c = p.maybe('x');
        const d = p.maybe('x');
        break :blk .{ a, b, c, d };
    };
    std.debug.print("x first: {} colon: {} x: {} at end: {}\n", .{ r[0], r[1], r[2], r[3] });
}
