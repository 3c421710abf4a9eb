const std = @import("std");

const Tag = enum(u8) { num = 10, str = 20, nothing = 30 };

const Token = union(Tag) {
    num: f64,
    str: []const u8,
    nothing,

    fn show(self: Token, w: anytype) !void {
        switch (self) {
            .num => |n| try w.print("num({d})", .{n}),
            .str => |s| try w.print("str(\"{s}\")", .{s}),
            .nothing => try w.writeAll("nothing"),
        }
    }
};

const Packet = union(enum) { ping: void, data: [4]u8, code: u16 };

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const toks = [_]Token{ .{ .num = 1.5 }, .{ .str = "hi" }, .nothing, @unionInit(Token, "num", 2) };
    for (toks) |t| {
        try t.show(out);
        try out.print(" tag={s} value={d}\n", .{ @tagName(t), @intFromEnum(std.meta.activeTag(t)) });
    }
    try out.print("{s} {s}\n", .{ @typeName(std.meta.Tag(Token)), @typeName(std.meta.Tag(Packet)) });
    const fields = @typeInfo(Packet).@"union".fields;
    inline for (fields) |f| try out.print("{s}: {s} size {d}\n", .{ f.name, @typeName(f.type), @sizeOf(f.type) });
    try out.print("sizeOf Packet {d} Token {d}\n", .{ @sizeOf(Packet), @sizeOf(Token) });
    var p = Packet{ .data = .{ 1, 2, 3, 4 } };
    if (p == .data) try out.print("is data\n", .{});
    switch (p) {
        .data => |*d| d[0] = 99,
        else => {},
    }
    try out.print("{any}\n", .{p});
    p = .{ .code = 404 };
    try out.print("{}\n", .{p});
    p = .ping;
    try out.print("{} eql {}\n", .{ p, std.meta.eql(p, Packet.ping) });
    const t: Tag = .str;
    try out.print("{} {d}\n", .{ t, @intFromEnum(t) });
    try out.print("has num {} has x {}\n", .{ @hasField(Token, "num"), @hasField(Token, "x") });
}
