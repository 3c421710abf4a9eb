const std = @import("std");

pub fn main() void {
    var it = std.mem.tokenizeScalar(u8, "a b c", ' ');
    while (it.next()) |t| std.debug.print("pass 1: {s}\n", .{t});
    it.reset();
    std.debug.print("after reset: {?s}\n", .{it.next()});
    std.debug.print("index: {}\n", .{it.index});
}
