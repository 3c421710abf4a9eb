const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "{\"a\": [1, 2], \"b\": [], \"a\": [9]}");
    defer s.deinit();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    const m = try std.json.ArrayHashMap([]const i8).jsonParse(arena.allocator(), &s, .{ .allocate = .alloc_if_needed, .max_value_len = 64, .duplicate_field_behavior = .use_first });
    for (m.map.keys(), m.map.values()) |k, v| std.debug.print("{s}: {any}\n", .{ k, v });
}
