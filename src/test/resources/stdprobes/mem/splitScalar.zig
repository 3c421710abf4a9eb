const std = @import("std");

pub fn main() void {
    var it = std.mem.splitScalar(u8, "a,b,,c,", ',');
    while (it.next()) |t| std.debug.print("part: [{s}]\n", .{t});
    var e = std.mem.splitScalar(u8, "", ',');
    std.debug.print("empty: [{?s}] then {?s}\n", .{ e.next(), e.next() });
    var n = std.mem.splitScalar(u16, &[_]u16{ 1, 0, 2 }, 0);
    while (n.next()) |t| std.debug.print("u16 part: {any}\n", .{t});
}
