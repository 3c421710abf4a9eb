const std = @import("std");

pub fn main() void {
    var it = std.mem.tokenizeAny(u8, " a b ", " ");
    std.debug.print("peek: {?s}\n", .{it.peek()});
    std.debug.print("peek again: {?s}\n", .{it.peek()});
    std.debug.print("next: {?s}\n", .{it.next()});
    std.debug.print("peek: {?s}\n", .{it.peek()});
    _ = it.next();
    std.debug.print("peek at end: {?s}\n", .{it.peek()});
}
