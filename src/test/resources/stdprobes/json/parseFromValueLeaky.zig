const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    const v = try std.json.parseFromSliceLeaky(std.json.Value, arena.allocator(), "[1, 2.0, \"3\"]", .{});
    const ints = try std.json.parseFromValueLeaky([]i64, arena.allocator(), v, .{});
    std.debug.print("{any}\n", .{ints});
    const fs = try std.json.parseFromValueLeaky([2]f32, arena.allocator(), .{ .array = std.json.Array.fromOwnedSlice(arena.allocator(), v.array.items[0..2]) }, .{});
    std.debug.print("{d} {d}\n", .{ fs[0], fs[1] });
}
