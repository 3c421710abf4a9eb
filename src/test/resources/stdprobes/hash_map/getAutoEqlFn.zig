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
    const eq = std.hash_map.getAutoEqlFn([2]u8, void);
    std.debug.print("same: {}\n", .{eq({}, .{ 1, 2 }, .{ 1, 2 })});
    std.debug.print("differ: {}\n", .{eq({}, .{ 1, 2 }, .{ 2, 1 })});
    const P = struct { x: u8, name: []const u8 };
    const s1: []const u8 = "a";
    std.debug.print("struct same slice: {}\n", .{std.hash_map.getAutoEqlFn(P, void)({}, .{ .x = 1, .name = s1 }, .{ .x = 1, .name = s1 })});
}
