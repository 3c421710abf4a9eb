const std = @import("std");

const Value = union(enum) {
    int: i64,
    str: []const u8,
    list: []const Value,
    nil,
};

fn describe(v: Value, depth: usize, w: anytype) !void {
    try w.writeByteNTimes(' ', depth * 2);
    switch (v) {
        .int => |n| try w.print("int {d}\n", .{n}),
        .str => |s| try w.print("str \"{s}\" ({d})\n", .{ s, s.len }),
        .list => |items| {
            try w.print("list of {d}\n", .{items.len});
            for (items) |it| try describe(it, depth + 1, w);
        },
        .nil => try w.writeAll("nil\n"),
    }
}

fn sum(v: Value) i64 {
    return switch (v) {
        .int => |n| n,
        .list => |items| blk: {
            var t: i64 = 0;
            for (items) |it| t += sum(it);
            break :blk t;
        },
        .str, .nil => 0,
    };
}

pub fn main() !void {
    const inner = [_]Value{ .{ .int = 3 }, .nil, .{ .str = "x" } };
    const top = [_]Value{ .{ .int = 1 }, .{ .list = &inner }, .{ .str = "hello" }, .{ .int = -10 } };
    const root = Value{ .list = &top };
    const w = std.io.getStdOut().writer();
    try describe(root, 0, w);
    try w.print("sum={d}\n", .{sum(root)});
    try w.print("{any}\n", .{inner[0]});
    try w.print("{}\n", .{Value{ .str = "s" }});
    try w.print("{any}\n", .{top[1]});
    const maybe: ?Value = null;
    const err_or: anyerror!Value = error.Missing;
    const ok_or: anyerror!Value = .nil;
    try w.print("{?} | {!} | {!}\n", .{ maybe, err_or, ok_or });
    const eq = std.meta.eql(inner[0], Value{ .int = 3 });
    try w.print("eql={} tag={s}\n", .{ eq, @tagName(top[2]) });
    var pick: usize = 0;
    _ = &pick;
    const v = top[pick];
    try w.print("{s}\n", .{v.str});
}
