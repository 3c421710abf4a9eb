const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const v = try std.json.parseFromSlice(std.json.Value, a, "[true, false, true]", .{});
    defer v.deinit();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    const bools = try std.json.innerParseFromValue([]bool, arena.allocator(), v.value, .{});
    std.debug.print("{any}\n", .{bools});
    std.debug.print("{any}\n", .{std.json.innerParseFromValue(u8, arena.allocator(), v.value, .{})});
}
