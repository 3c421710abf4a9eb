const std = @import("std");

const Node = union(enum) {
    leaf: []const u8,
    group: struct { name: []const u8, children: []const Node },

    fn print(self: Node, w: anytype, depth: usize) !void {
        try w.writeByteNTimes(' ', depth * 2);
        switch (self) {
            .leaf => |s| try w.print("- {s}\n", .{s}),
            .group => |g| {
                try w.print("+ {s} ({d})\n", .{ g.name, g.children.len });
                for (g.children) |c| try c.print(w, depth + 1);
            },
        }
    }

    fn countLeaves(self: Node) usize {
        return switch (self) {
            .leaf => 1,
            .group => |g| blk: {
                var n: usize = 0;
                for (g.children) |c| n += c.countLeaves();
                break :blk n;
            },
        };
    }
};

pub fn main() !void {
    const tree = Node{ .group = .{ .name = "src", .children = &.{
        .{ .leaf = "main.zig" },
        .{ .group = .{ .name = "util", .children = &.{ .{ .leaf = "str.zig" }, .{ .leaf = "mem.zig" } } } },
        .{ .group = .{ .name = "empty", .children = &.{} } },
    } } };
    const out = std.io.getStdOut().writer();
    try tree.print(out, 0);
    try out.print("{d} files\n", .{tree.countLeaves()});
}
