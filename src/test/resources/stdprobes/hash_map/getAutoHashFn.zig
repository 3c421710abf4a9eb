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
    const h = std.hash_map.getAutoHashFn(u32, void);
    std.debug.print("0: {d}\n", .{h({}, 0)});
    std.debug.print("42: {d}\n", .{h({}, 42)});
    const P = struct { x: u8, y: u16 };
    const hp = std.hash_map.getAutoHashFn(P, void);
    std.debug.print("struct: {d}\n", .{hp({}, .{ .x = 1, .y = 2 })});
    std.debug.print("same input same hash: {}\n", .{hp({}, .{ .x = 1, .y = 2 }) == hp({}, .{ .x = 1, .y = 2 })});
}
