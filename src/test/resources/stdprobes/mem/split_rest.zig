const std = @import("std");

pub fn main() void {
    var it = std.mem.splitScalar(u8, "GET /a b HTTP", ' ');
    std.debug.print("rest 0: [{s}]\n", .{it.rest()});
    _ = it.next();
    std.debug.print("rest 1: [{s}]\n", .{it.rest()});
    while (it.next()) |_| {}
    std.debug.print("rest end: [{s}]\n", .{it.rest()});
}
