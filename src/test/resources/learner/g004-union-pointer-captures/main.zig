const std = @import("std");

const Token = union(enum) {
    number: i64,
    ident: []const u8,
    op: u8,
    end,
};

fn bump(tokens: []Token) void {
    for (tokens) |*t| {
        switch (t.*) {
            .number => |*n| n.* *= 10,
            .ident => |*s| s.* = s.*[0..1],
            .op => |*c| c.* = if (c.* == '+') '-' else c.*,
            .end => {},
        }
    }
}

pub fn main() void {
    var toks = [_]Token{
        .{ .number = 4 },
        .{ .ident = "alpha" },
        .{ .op = '+' },
        .{ .op = '*' },
        .end,
    };
    bump(&toks);
    for (toks, 0..) |t, i| {
        switch (t) {
            .number => |n| std.debug.print("{d}: number {d}\n", .{ i, n }),
            .ident => |s| std.debug.print("{d}: ident {s}\n", .{ i, s }),
            .op => |c| std.debug.print("{d}: op {c}\n", .{ i, c }),
            .end => std.debug.print("{d}: end\n", .{i}),
        }
    }
    const tag = std.meta.activeTag(toks[1]);
    std.debug.print("tag {s} {}\n", .{ @tagName(tag), tag == .ident });
    var t = toks[0];
    if (t == .number) t.number += 1;
    std.debug.print("{}\n", .{t.number});
    t = .{ .op = '/' };
    std.debug.print("now {s}\n", .{@tagName(t)});
    std.debug.print("read wrong field: {d}\n", .{t.number});
}
