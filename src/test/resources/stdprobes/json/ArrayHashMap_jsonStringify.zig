const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var m = std.json.ArrayHashMap(f32){};
    defer m.deinit(a);
    try m.map.put(a, "pi", 3.25);
    try m.map.put(a, "e", 2.5);
    const out = try std.json.stringifyAlloc(a, m, .{});
    defer a.free(out);
    std.debug.print("{s}\n", .{out});
}
