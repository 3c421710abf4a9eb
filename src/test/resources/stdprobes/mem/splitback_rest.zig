const std = @import("std");

pub fn main() void {
    var it = std.mem.splitBackwardsScalar(u8, "a.b.c", '.');
    std.debug.print("rest 0: [{s}]\n", .{it.rest()});
    _ = it.next();
    std.debug.print("rest 1: [{s}]\n", .{it.rest()});
    while (it.next()) |_| {}
    std.debug.print("rest end: [{s}]\n", .{it.rest()});
}
