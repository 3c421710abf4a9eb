const std = @import("std");

pub fn main() void {
    const request = "GET /index.html user=ada lang=zig debug";

    var parts = std.mem.splitScalar(u8, request, ' ');
    const method = parts.first();
    const path = parts.next().?;
    std.debug.print("method={s} path={s}\n", .{ method, path });
    std.debug.print("peek: {?s}\n", .{parts.peek()});
    std.debug.print("rest: \"{s}\"\n", .{parts.rest()});

    while (parts.next()) |param| {
        var kv = std.mem.splitScalar(u8, param, '=');
        const key = kv.first();
        if (kv.next()) |value| {
            std.debug.print("  param {s} -> {s}\n", .{ key, value });
        } else {
            std.debug.print("  flag {s}\n", .{key});
        }
    }
    std.debug.print("after loop: next={?s} rest=\"{s}\"\n", .{ parts.next(), parts.rest() });

    parts.reset();
    var n: usize = 0;
    while (parts.next()) |_| n += 1;
    std.debug.print("after reset counted {d} parts\n", .{n});

    var toks = std.mem.tokenizeScalar(u8, "  a  bb   ccc ", ' ');
    while (toks.peek()) |t| {
        std.debug.print("peeked '{s}' (len {d}), rest '{s}'\n", .{ t, t.len, toks.rest() });
        _ = toks.next();
    }
    std.debug.print("rest at end: '{s}'\n", .{toks.rest()});
    toks.reset();
    std.debug.print("reset -> first token '{s}'\n", .{toks.next().?});
}
