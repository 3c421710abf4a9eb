const std = @import("std");

pub fn main() void {
    std.debug.print("nothing on the heap\n", .{});
}
