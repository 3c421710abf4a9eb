const std = @import("std");

pub fn main() void {
    var it = std.mem.splitSequence(u8, "a, b ,, c, ", ", ");
    while (it.next()) |t| std.debug.print("part: [{s}]\n", .{t});
    var e = std.mem.splitSequence(u8, "", ", ");
    std.debug.print("empty first: [{?s}] then {?s}\n", .{ e.next(), e.next() });
}
