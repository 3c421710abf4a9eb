const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const L = std.heap.LoggingAllocator(.debug, .err);
    var l = L.init(a);
    std.debug.print("parent is a: {}\n", .{l.parent_allocator.ptr == a.ptr});
    const s = try l.allocator().dupe(u8, "hi");
    l.allocator().free(s);
}
