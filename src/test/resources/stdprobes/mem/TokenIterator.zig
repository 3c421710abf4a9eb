const std = @import("std");

pub fn main() void {
    var it = std.mem.TokenIterator(u8, .scalar){ .buffer = "x  y", .delimiter = ' ', .index = 0 };
    while (it.next()) |t| std.debug.print("scalar: [{s}]\n", .{t});
    var any = std.mem.TokenIterator(u8, .any){ .buffer = "a-b_c", .delimiter = "-_", .index = 2 };
    while (any.next()) |t| std.debug.print("any from 2: [{s}]\n", .{t});
    std.debug.print("index at end: {}\n", .{any.index});
}
