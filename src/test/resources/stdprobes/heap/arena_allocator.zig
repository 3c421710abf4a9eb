const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    const al = arena.allocator();
    const s = try al.dupe(u8, "arena");
    const n = try al.create(i32);
    n.* = -7;
    const big = try al.alloc(u8, 5000);
    std.debug.print("{s} {d} {d}\n", .{ s, n.*, big.len });
    al.free(big);
    std.debug.print("free of the last allocation gives it back: {}\n", .{arena.state.end_index});
    std.debug.print("capacity >= 5000: {}\n", .{arena.queryCapacity() >= 5000});
}
