const std = @import("std");

pub fn main() !void {
    const M = std.StaticStringMapWithEql(u8, std.static_string_map.eqlAsciiIgnoreCase);
    const m = M.initComptime(.{ .{ "Heap", 1 }, .{ "stack", 2 } });
    std.debug.print("HEAP: {?}\n", .{m.get("HEAP")});
    std.debug.print("Stack: {?}\n", .{m.get("Stack")});
    std.debug.print("stak: {?}\n", .{m.get("stak")});
}
