const std = @import("std");

pub fn main() void {
    var it = std.mem.window(u8, "abcde", 2, 1);
    while (it.next()) |w| std.debug.print("next: [{s}]\n", .{w});
    std.debug.print("after end: {?s}\n", .{it.next()});
    var e = std.mem.window(u8, "", 2, 1);
    std.debug.print("empty: [{?s}]\n", .{e.next()});
}
