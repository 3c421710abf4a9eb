const std = @import("std");
const fmt = std.fmt;

fn spec(comptime s: []const u8) fmt.Specifier {
    comptime {
        var p = fmt.Parser{ .iter = std.unicode.Utf8View.initComptime(s).iterator() };
        return p.specifier() catch unreachable;
    }
}

pub fn main() void {
    std.debug.print("number: {}\n", .{comptime spec("12x")});
    std.debug.print("named: {s}\n", .{comptime spec("[width]").named});
    std.debug.print("none: {}\n", .{comptime spec("x")});
    const bad = comptime blk: {
        var p = fmt.Parser{ .iter = std.unicode.Utf8View.initComptime("[open").iterator() };
        break :blk if (p.specifier()) |_| "ok" else |err| @errorName(err);
    };
    std.debug.print("unclosed: {s}\n", .{bad});
}
