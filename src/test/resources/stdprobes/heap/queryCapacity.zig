const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    std.debug.print("empty: {d}\n", .{arena.queryCapacity()});
    _ = try arena.allocator().alloc(u8, 1);
    std.debug.print("after 1 byte: {d}\n", .{arena.queryCapacity()});
    _ = try arena.allocator().alloc(u8, 1000);
    std.debug.print("after 1000 more: {d}\n", .{arena.queryCapacity()});
}
