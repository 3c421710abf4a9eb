const std = @import("std");

pub fn main() void {
    var it = std.mem.window(u8, "abcdefg", 3, 3);
    while (it.next()) |w| std.debug.print("3,3: [{s}]\n", .{w});
    var ov = std.mem.window(u8, "abcd", 3, 1);
    while (ov.next()) |w| std.debug.print("3,1: [{s}]\n", .{w});
    var ev = std.mem.window(u8, "abcdefg", 1, 2);
    while (ev.next()) |w| std.debug.print("1,2: [{s}]\n", .{w});
    var big = std.mem.window(u8, "ab", 5, 1);
    while (big.next()) |w| std.debug.print("5,1: [{s}]\n", .{w});
}
