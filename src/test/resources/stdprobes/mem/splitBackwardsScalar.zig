const std = @import("std");

pub fn main() void {
    var it = std.mem.splitBackwardsScalar(u8, "a,b,,c,", ',');
    while (it.next()) |t| std.debug.print("part: [{s}]\n", .{t});
    var e = std.mem.splitBackwardsScalar(u8, "", ',');
    std.debug.print("empty: [{?s}] then {?s}\n", .{ e.next(), e.next() });
}
