const std = @import("std");

pub fn main() void {
    var it = std.mem.SplitIterator(u8, .scalar){ .buffer = "a|b|", .index = 0, .delimiter = '|' };
    while (it.next()) |p| std.debug.print("scalar: [{s}]\n", .{p});
    var s = std.mem.SplitIterator(u8, .sequence){ .buffer = "1::2::3", .index = 3, .delimiter = "::" };
    while (s.next()) |p| std.debug.print("seq from 3: [{s}]\n", .{p});
    var done = std.mem.SplitIterator(u8, .any){ .buffer = "x", .index = null, .delimiter = "," };
    std.debug.print("exhausted: {?s}\n", .{done.next()});
}
