const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var m = std.json.ArrayHashMap(bool){};
    try m.map.put(a, "yes", true);
    try m.map.put(a, "no", false);
    std.debug.print("{d}\n", .{m.map.count()});
    m.deinit(a);
}
