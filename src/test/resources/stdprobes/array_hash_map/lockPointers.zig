const std = @import("std");

fn show(label: []const u8, keys: []const []const u8, values: []const u32) void {
    std.debug.print("{s}:", .{label});
    for (keys, values) |k, v| std.debug.print(" {s}={d}", .{ k, v });
    std.debug.print(" (count {d})\n", .{keys.len});
}

const Lower = struct {
    pub fn hash(_: Lower, s: []const u8) u32 {
        var buf: [32]u8 = undefined;
        return std.array_hash_map.hashString(std.ascii.lowerString(&buf, s));
    }
    pub fn eql(_: Lower, x: []const u8, y: []const u8, _: usize) bool {
        return std.ascii.eqlIgnoreCase(x, y);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var m = std.StringArrayHashMap(u32).init(a);
    defer m.deinit();
    try m.put("k", 1);
    m.lockPointers();
    const p = m.getPtr("k").?;
    p.* += 1;
    std.debug.print("locked, get still works: {?}\n", .{m.get("k")});
    m.unlockPointers();
    try m.put("j", 2);
    show("after unlock", m.keys(), m.values());
}
