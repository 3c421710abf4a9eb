const std = @import("std");

pub fn main() void {
    const buf = "a/b/c";
    var it = std.mem.SplitBackwardsIterator(u8, .scalar){ .buffer = buf, .index = buf.len, .delimiter = '/' };
    while (it.next()) |p| std.debug.print("scalar: [{s}]\n", .{p});
    var part = std.mem.SplitBackwardsIterator(u8, .sequence){ .buffer = "1..2..3", .index = 4, .delimiter = ".." };
    while (part.next()) |p| std.debug.print("seq to 4: [{s}]\n", .{p});
}
