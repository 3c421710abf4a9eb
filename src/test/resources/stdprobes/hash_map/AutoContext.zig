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
    const C = std.hash_map.AutoContext(u16);
    const c = C{};
    std.debug.print("hash 7: {d}\n", .{c.hash(7)});
    std.debug.print("eql 7 7: {}\n", .{c.eql(7, 7)});
    std.debug.print("eql 7 8: {}\n", .{c.eql(7, 8)});
}
