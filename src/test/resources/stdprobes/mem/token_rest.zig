const std = @import("std");

pub fn main() void {
    var it = std.mem.tokenizeSequence(u8, "k=v==w==", "==");
    std.debug.print("rest 0: [{s}]\n", .{it.rest()});
    _ = it.next();
    std.debug.print("rest 1: [{s}]\n", .{it.rest()});
    _ = it.next();
    std.debug.print("rest 2: [{s}]\n", .{it.rest()});
}
