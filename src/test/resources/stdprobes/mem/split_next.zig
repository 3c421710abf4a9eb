const std = @import("std");

pub fn main() void {
    var it = std.mem.splitScalar(u8, ",a,", ',');
    std.debug.print("1: [{?s}]\n", .{it.next()});
    std.debug.print("2: [{?s}]\n", .{it.next()});
    std.debug.print("3: [{?s}]\n", .{it.next()});
    std.debug.print("4: {?s}\n", .{it.next()});
    std.debug.print("index: {?}\n", .{it.index});
}
