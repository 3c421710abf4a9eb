const std = @import("std");

fn find(haystack: []const u8, needle: u8) ?usize {
    return std.mem.indexOfScalar(u8, haystack, needle);
}

fn lookup(key: u8) anyerror!?u8 {
    if (key == 0) return error.BadKey;
    if (key > 100) return null;
    return key * 2;
}

pub fn main() void {
    const a: ?u8 = 5;
    const b: ?u8 = null;
    const nested: ??u8 = @as(?u8, null);
    const nested2: ??u8 = null;
    std.debug.print("{?} {?} {any} {any}\n", .{ a, b, nested, nested2 });
    std.debug.print("{?d:>4}|{?d:>4}|\n", .{ a, b });
    for ([_]u8{ 0, 7, 200 }) |k| {
        const r = lookup(k);
        std.debug.print("{d}: {any} ", .{ k, r });
        if (r) |maybe| {
            if (maybe) |v| std.debug.print("value {d}\n", .{v}) else std.debug.print("missing\n", .{});
        } else |err| std.debug.print("error {s}\n", .{@errorName(err)});
    }
    const e: anyerror!u8 = error.Nope;
    std.debug.print("{!d} {!d}\n", .{ e, @as(anyerror!u8, 9) });
    const positions = [_]?usize{ find("hello", 'l'), find("hello", 'z') };
    std.debug.print("{any}\n", .{positions});
    const opt_slice: ?[]const u8 = "hi";
    const opt_ptr: ?*const u8 = null;
    std.debug.print("{?s} {any}\n", .{ opt_slice, opt_ptr });
    if (nested) |inner| std.debug.print("outer set, inner {?}\n", .{inner});
    const v = find("hello", 'z') orelse find("world", 'o').?;
    std.debug.print("{d}\n", .{v});
    const w = find("abc", 'd').? + 1;
    std.debug.print("{d}\n", .{w});
}
