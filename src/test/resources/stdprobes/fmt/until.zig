const std = @import("std");
const fmt = std.fmt;

fn parser(comptime s: []const u8) fmt.Parser {
    return .{ .iter = std.unicode.Utf8View.initComptime(s).iterator() };
}

pub fn main() void {
    const r = comptime blk: {
        var p = parser("name]rest");
        const a = p.until(']');
        const b = p.until('z');
        break :blk .{ a, b };
    };
    std.debug.print("to ]: [{s}] then to z: [{s}]\n", .{ r[0], r[1] });
    const u = comptime blk: {
        var p = parser("héllo:x");
        break :blk p.until(':');
    };
    std.debug.print("utf8: [{s}]\n", .{u});
    const e = comptime blk: {
        var p = parser(":x");
        break :blk p.until(':');
    };
    std.debug.print("at once: [{s}]\n", .{e});
}
