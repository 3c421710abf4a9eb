const std = @import("std");

fn between(s: []const u8, open: u8, close: u8) ?[]const u8 {
    const a = std.mem.indexOfScalar(u8, s, open) orelse return null;
    const b = std.mem.indexOfScalar(u8, s, close) orelse return null;
    return s[a + 1 .. b];
}

pub fn main() void {
    const inputs = [_][]const u8{ "call(foo)", "x[1] + y[2]", "none here", "(a(b)c)", ")oops(" };
    for (inputs) |in| {
        if (between(in, '(', ')')) |inner| {
            std.debug.print("{s:<12} -> '{s}'\n", .{ in, inner });
        } else if (between(in, '[', ']')) |inner| {
            std.debug.print("{s:<12} -> [{s}]\n", .{ in, inner });
        } else {
            std.debug.print("{s:<12} -> nothing\n", .{in});
        }
    }
}
