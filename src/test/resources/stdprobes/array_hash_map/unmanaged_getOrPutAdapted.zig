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
    var m: std.StringArrayHashMapUnmanaged(u32) = .empty;
    defer m.deinit(a);
    try m.put(a, "apple", 1);
    try m.put(a, "pear", 2);
    const r = try m.getOrPutAdapted(a, @as([]const u8, "APPLE"), Lower{});
    std.debug.print("APPLE: found {} value {d}\n", .{ r.found_existing, r.value_ptr.* });
    const n = try m.getOrPutAdapted(a, @as([]const u8, "PLUM"), Lower{});
    std.debug.print("PLUM: found {}\n", .{n.found_existing});
    n.key_ptr.* = "plum";
    n.value_ptr.* = 3;
    show("after", m.keys(), m.values());
}
