const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    const v = try std.json.parseFromSliceLeaky([]const u16, arena.allocator(), "[1, 2, 3, 65535]", .{});
    std.debug.print("{any}\n", .{v});
    const s = try std.json.parseFromSliceLeaky([]const u8, arena.allocator(), "\"tab\\there\"", .{});
    std.debug.print("{s}\n", .{s});
    const o = try std.json.parseFromSliceLeaky(?bool, arena.allocator(), "null", .{});
    std.debug.print("{?}\n", .{o});
    std.debug.print("{any}\n", .{std.json.parseFromSliceLeaky(u8, arena.allocator(), "256", .{})});
}
