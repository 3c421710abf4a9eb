const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var s = std.json.Scanner.initCompleteInput(a, "[{\"k\": [1, {\"deep\": true}]}, -0.0, 1e2]");
    defer s.deinit();
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    const v = try std.json.Value.jsonParse(arena.allocator(), &s, .{ .allocate = .alloc_if_needed, .max_value_len = 100 });
    for (v.array.items) |item| std.debug.print("{s}\n", .{@tagName(item)});
    std.debug.print("{any}\n", .{std.json.parseFromSlice(std.json.Value, a, "{\"a\": 1, \"a\": 2}", .{})});
    const last = try std.json.parseFromSlice(std.json.Value, a, "{\"a\": 1, \"a\": 2}", .{ .duplicate_field_behavior = .use_last });
    defer last.deinit();
    std.debug.print("{d}\n", .{last.value.object.get("a").?.integer});
}
