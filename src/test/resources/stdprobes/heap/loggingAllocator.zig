const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var l = std.heap.loggingAllocator(a);
    const al = l.allocator();
    const x = try al.alloc(u16, 3);
    std.debug.print("allocated {d} u16\n", .{x.len});
    al.free(x);
}
