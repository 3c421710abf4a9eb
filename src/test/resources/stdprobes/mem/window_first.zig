const std = @import("std");

pub fn main() void {
    var it = std.mem.window(u8, "abcdef", 4, 2);
    std.debug.print("first: [{s}]\n", .{it.first()});
    std.debug.print("next: [{?s}]\n", .{it.next()});
    std.debug.print("next: {?s}\n", .{it.next()});
    var one = std.mem.window(u8, "xy", 9, 9);
    std.debug.print("short buffer: [{s}]\n", .{one.first()});
}
