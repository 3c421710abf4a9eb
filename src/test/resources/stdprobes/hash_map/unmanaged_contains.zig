const std = @import("std");

fn show(label: []const u8, m: anytype) void {
    std.debug.print("{s}:", .{label});
    var it = m.iterator();
    while (it.next()) |e| std.debug.print(" {s}={d}", .{ e.key_ptr.*, e.value_ptr.* });
    std.debug.print(" (count {d})\n", .{m.count()});
}

const Lower = struct {
    pub fn hash(_: Lower, s: []const u8) u64 {
        var buf: [32]u8 = undefined;
        return std.hash_map.hashString(std.ascii.lowerString(&buf, s));
    }
    pub fn eql(_: Lower, x: []const u8, y: []const u8) bool {
        return std.ascii.eqlIgnoreCase(x, y);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var m: std.StringHashMapUnmanaged(u32) = .empty;
    defer m.deinit(a);
    try m.put(a, "apple", 1);
    try m.put(a, "pear", 2);
    try m.put(a, "plum", 3);
    std.debug.print("pear: {}\n", .{m.contains("pear")});
    std.debug.print("fig: {}\n", .{m.contains("fig")});
    std.debug.print("empty key: {}\n", .{m.contains("")});
}
