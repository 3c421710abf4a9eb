const std = @import("std");

pub fn main() void {
    var i: u32 = 0;
    defer while (i < 3) : (i += 1) {
        std.debug.print("w{d}\n", .{i});
    }
    std.debug.print("body\n", .{});
}
