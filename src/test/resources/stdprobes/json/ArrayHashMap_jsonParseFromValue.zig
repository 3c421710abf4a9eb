const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const v = try std.json.parseFromSlice(std.json.Value, a, "{\"x\": \"1\", \"y\": \"22\"}", .{});
    defer v.deinit();
    const m = try std.json.parseFromValue(std.json.ArrayHashMap([]const u8), a, v.value, .{});
    defer m.deinit();
    for (m.value.map.keys(), m.value.map.values()) |k, val| std.debug.print("{s} -> {s}\n", .{ k, val });
}
