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
    comptime std.hash_map.verifyContext(std.hash_map.StringContext, []const u8, []const u8, u64, false);
    std.debug.print("StringContext: ok\n", .{});
    comptime std.hash_map.verifyContext(std.hash_map.AutoContext(u32), u32, u32, u64, false);
    std.debug.print("AutoContext(u32): ok\n", .{});
    comptime std.hash_map.verifyContext(Lower, []const u8, []const u8, u64, false);
    std.debug.print("Lower: ok\n", .{});
}
