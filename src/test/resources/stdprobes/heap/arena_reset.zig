const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    const al = arena.allocator();
    _ = try al.alloc(u8, 300);
    _ = try al.alloc(u8, 3000);
    std.debug.print("before: {d}\n", .{arena.queryCapacity()});
    std.debug.print("retain_capacity: {}\n", .{arena.reset(.retain_capacity)});
    std.debug.print("after retain: {d}\n", .{arena.queryCapacity()});
    _ = try al.alloc(u8, 10);
    std.debug.print("retain_with_limit 100: {}\n", .{arena.reset(.{ .retain_with_limit = 100 })});
    std.debug.print("after limit: {d}\n", .{arena.queryCapacity()});
    std.debug.print("free_all: {}\n", .{arena.reset(.free_all)});
    std.debug.print("after free_all: {d}\n", .{arena.queryCapacity()});
}
