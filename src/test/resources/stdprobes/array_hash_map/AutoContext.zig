const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const C = std.array_hash_map.AutoContext(u32);
    const c = C{};
    std.debug.print("hash 7: {d}\n", .{c.hash(7)});
    std.debug.print("eql 7 7: {}\n", .{c.eql(7, 7, 0)});
    std.debug.print("eql 7 8: {}\n", .{c.eql(7, 8, 0)});
    var m = std.ArrayHashMap(u32, u8, C, false).init(a);
    defer m.deinit();
    try m.put(1, 2);
    std.debug.print("map get: {?}\n", .{m.get(1)});
}
