const std = @import("std");

pub fn main() void {
    var it = std.mem.splitAny(u8, "a b", " ");
    while (it.next()) |p| std.debug.print("pass 1: {s}\n", .{p});
    it.reset();
    std.debug.print("index after reset: {?}\n", .{it.index});
    std.debug.print("first after reset: [{s}]\n", .{it.first()});
}
