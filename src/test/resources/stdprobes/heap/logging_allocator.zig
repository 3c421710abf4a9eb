const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = std.heap.loggingAllocator(a);
    const al = l.allocator();
    var list = std.ArrayList(u8).init(al);
    try list.appendSlice("abc");
    try list.appendSlice("defghijklmnopqrstuvwxyz");
    list.deinit();
    std.debug.print("done\n", .{});
}
