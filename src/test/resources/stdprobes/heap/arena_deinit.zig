const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var arena = std.heap.ArenaAllocator.init(a);
    const al = arena.allocator();
    for (0..5) |i| _ = try al.alloc(u8, 100 * (i + 1));
    arena.deinit();
    std.debug.print("deinit freed everything (no leak report follows)\n", .{});
    var empty = std.heap.ArenaAllocator.init(a);
    empty.deinit();
    std.debug.print("deinit of unused arena: ok\n", .{});
}
