const std = @import("std");

pub fn main() void {
    std.debug.print("from 0: {?}\n", .{std.mem.indexOfScalarPos(u8, "a,b,c", 0, ',')});
    std.debug.print("from 2: {?}\n", .{std.mem.indexOfScalarPos(u8, "a,b,c", 2, ',')});
    std.debug.print("from 4: {?}\n", .{std.mem.indexOfScalarPos(u8, "a,b,c", 4, ',')});
    std.debug.print("at end: {?}\n", .{std.mem.indexOfScalarPos(u8, "a,b,c", 5, ',')});
}
