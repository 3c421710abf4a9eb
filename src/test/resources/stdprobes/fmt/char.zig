const std = @import("std");
const fmt = std.fmt;

fn parser(comptime s: []const u8) fmt.Parser {
    return .{ .iter = std.unicode.Utf8View.initComptime(s).iterator() };
}

pub fn main() void {
    const r = comptime blk: {
        var p = parser("aé");
        break :blk .{ p.char(), p.char(), p.char() };
    };
    std.debug.print("1: {?u} 2: {?u} 3: {?}\n", .{ r[0], r[1], r[2] });
    std.debug.print("code point: {?}\n", .{r[1]});
}
