const std = @import("std");

const Visitor = struct {
    ctx: *anyopaque,
    visitFn: *const fn (ctx: *anyopaque, depth: u8, name: []const u8) void,
};

const Dir = struct {
    name: []const u8,
    children: []const Dir = &.{},
};

fn walk(d: Dir, depth: u8, v: Visitor) void {
    v.visitFn(v.ctx, depth, d.name);
    for (d.children) |c| walk(c, depth + 1, v);
}

const Printer = struct {
    fn visit(_: *anyopaque, depth: u8, name: []const u8) void {
        var i: u8 = 0;
        while (i < depth) : (i += 1) std.debug.print("  ", .{});
        std.debug.print("{s}/\n", .{name});
    }
};

const Stats = struct {
    count: usize = 0,
    deepest: u8 = 0,
    fn visit(ctx: *anyopaque, depth: u8, _: []const u8) void {
        const self: *Stats = @ptrCast(@alignCast(ctx));
        self.count += 1;
        self.deepest = @max(self.deepest, depth);
    }
};

pub fn main() void {
    const tree = Dir{ .name = "root", .children = &.{
        .{ .name = "src", .children = &.{ .{ .name = "lib" }, .{ .name = "bin" } } },
        .{ .name = "docs" },
        .{ .name = "test", .children = &.{.{ .name = "fixtures", .children = &.{.{ .name = "deep" }} }} },
    } };
    var dummy: u8 = 0;
    walk(tree, 0, .{ .ctx = &dummy, .visitFn = Printer.visit });
    var stats = Stats{};
    walk(tree, 0, .{ .ctx = &stats, .visitFn = Stats.visit });
    std.debug.print("dirs={d} deepest={d}\n", .{ stats.count, stats.deepest });
    const path = [_][]const u8{ "test", "fixtures", "deep", "deeper" };
    var cur = tree;
    for (path) |p| {
        const next = for (cur.children) |c| {
            if (std.mem.eql(u8, c.name, p)) break c;
        } else null;
        cur = next orelse {
            std.debug.print("no {s} in {s}\n", .{ p, cur.name });
            break;
        };
    }
    var d: u8 = 253;
    walk(tree, d, .{ .ctx = &stats, .visitFn = Stats.visit });
    d += 1;
}
