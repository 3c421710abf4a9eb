const std = @import("std");
const Node = struct {
    value: u32,
    next: ?*const Node,
    pub fn format(self: Node, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        if (self.next) |n| {
            try writer.print("{d} {}", .{ self.value, n.* });
        } else {
            try writer.print("{d}", .{self.value});
        }
    }
};
pub fn main() !void {
    var nodes: [500]Node = undefined;
    var i: usize = nodes.len;
    while (i > 0) {
        i -= 1;
        nodes[i] = .{ .value = @intCast(i), .next = if (i + 1 < nodes.len) &nodes[i + 1] else null };
    }
    var buf: [4096]u8 = undefined;
    const s = try std.fmt.bufPrint(&buf, "{}", .{nodes[0]});
    std.debug.print("{d} {s}\n", .{ s.len, s[s.len - 7 ..] });
}
