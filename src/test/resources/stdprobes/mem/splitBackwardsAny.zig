const std = @import("std");

pub fn main() void {
    var it = std.mem.splitBackwardsAny(u8, "a,b;;c,", ",;");
    while (it.next()) |t| std.debug.print("part: [{s}]\n", .{t});
    var e = std.mem.splitBackwardsAny(u8, "abc", "");
    std.debug.print("no delims: [{?s}] then {?s}\n", .{ e.next(), e.next() });
}
