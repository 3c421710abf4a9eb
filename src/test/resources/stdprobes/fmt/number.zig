const std = @import("std");
const fmt = std.fmt;

fn parser(comptime s: []const u8) fmt.Parser {
    return .{ .iter = std.unicode.Utf8View.initComptime(s).iterator() };
}

pub fn main() void {
    const r = comptime blk: {
        var p = parser("123abc");
        const n1 = p.number();
        const n2 = p.number();
        break :blk .{ n1, n2, p.iter.i };
    };
    std.debug.print("first: {?} second: {?} pos: {}\n", .{ r[0], r[1], r[2] });
    const z = comptime blk: {
        var p = parser("007");
        break :blk p.number();
    };
    std.debug.print("leading zeros: {?}\n", .{z});
    const e = comptime blk: {
        var p = parser("");
        break :blk p.number();
    };
    std.debug.print("empty: {?}\n", .{e});
}
