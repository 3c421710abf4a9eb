const std = @import("std");

pub fn main() void {
    var it = std.mem.reverseIterator(@as([]const u8, "xy"));
    std.debug.print("1: {?c}\n", .{it.next()});
    std.debug.print("2: {?c}\n", .{it.next()});
    std.debug.print("3: {?c}\n", .{it.next()});
    std.debug.print("index: {}\n", .{it.index});
}
