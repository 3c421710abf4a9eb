const std = @import("std");

pub fn main() !void {
    var list = std.ArrayList(u8).init();
    defer list.deinit();
    try list.append(1);
}
