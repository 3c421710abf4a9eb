const std = @import("std");

pub fn main() void {
    var s = "  a  b ".*;
    std.debug.print("spaces: [{s}]\n", .{std.mem.collapseRepeats(u8, &s, ' ')});
    var t = "xyz".*;
    std.debug.print("none: [{s}]\n", .{std.mem.collapseRepeats(u8, &t, ' ')});
    var n = [_]i32{ 0, 0, 1, 0, 0 };
    std.debug.print("ints: {any}\n", .{std.mem.collapseRepeats(i32, &n, 0)});
}
