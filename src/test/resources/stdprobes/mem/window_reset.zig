const std = @import("std");

pub fn main() void {
    var it = std.mem.window(u8, "abc", 2, 2);
    while (it.next()) |w| std.debug.print("pass 1: [{s}]\n", .{w});
    it.reset();
    while (it.next()) |w| std.debug.print("pass 2: [{s}]\n", .{w});
    it.reset();
    std.debug.print("first after reset: [{s}]\n", .{it.first()});
}
