const std = @import("std");

const Op = struct { name: []const u8, code: u8 };
const Ops = struct {
    pub const zeta = Op{ .name = "zeta", .code = 26 };
    pub const alpha = Op{ .name = "alpha", .code = 1 };
};

pub fn main() !void {
    const list = comptime std.meta.declList(Ops, Op);
    std.debug.print("count: {d}\n", .{list.len});
    inline for (list) |op| std.debug.print("{s} -> {d}\n", .{ op.name, op.code });
}
