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
    var m = std.StringHashMap(u32).init(a);
    defer m.deinit();
    try m.put("apple", 1);
    try m.put("pear", 2);
    try m.put("plum", 3);
    std.debug.print("remove APPLE: {}\n", .{m.removeAdapted(@as([]const u8, "APPLE"), Lower{})});
    std.debug.print("remove FIG: {}\n", .{m.removeAdapted(@as([]const u8, "FIG"), Lower{})});
    show("after", m);
}
