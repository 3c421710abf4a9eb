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
    try m.put("apple", 1);
    try m.put("pear", 2);
    try m.put("plum", 3);
    const cap = m.capacity();
    m.clearRetainingCapacity();
    show("cleared", m.keys(), m.values());
    std.debug.print("capacity kept: {}\n", .{m.capacity() == cap});
    std.debug.print("get apple: {?}\n", .{m.get("apple")});
}
