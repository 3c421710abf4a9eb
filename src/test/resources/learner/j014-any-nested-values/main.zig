const std = @import("std");

const Kind = enum { file, dir };
const Entry = struct {
    name: []const u8,
    kind: Kind,
    size: ?u32,
    tags: [2]u8,
};
const Node = union(enum) { leaf: i32, pair: struct { i32, i32 }, none };

fn lookup(i: usize) error{NotFound}!u32 {
    if (i > 1) return error.NotFound;
    return @intCast(i * 10);
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const e = Entry{ .name = "notes.txt", .kind = .file, .size = 120, .tags = .{ 'a', 'b' } };
    const d = Entry{ .name = "src", .kind = .dir, .size = null, .tags = .{ 0, 255 } };
    try out.print("{any}\n", .{e});
    try out.print("{}\n", .{d});
    const grid = [2][3]u8{ .{ 1, 2, 3 }, .{ 4, 5, 6 } };
    try out.print("{any}\n", .{grid});
    try out.print("{d}\n", .{grid});
    const nested = [_][]const u16{ &.{ 1, 2 }, &.{}, &.{7} };
    try out.print("{any}\n", .{nested});
    const opts = [_]?i8{ 1, null, -3 };
    try out.print("{any} {?}\n", .{ opts, opts[1] });
    try out.print("{!} {!}\n", .{ lookup(1), lookup(5) });
    const r: error{NotFound}!?u8 = null;
    try out.print("{!?}\n", .{r});
    const nodes = [_]Node{ .{ .leaf = -1 }, .{ .pair = .{ 2, 3 } }, .none };
    try out.print("{any}\n", .{nodes});
    const tup = .{ @as(u8, 1), "two", 3.5, true, Kind.dir };
    try out.print("{any}\n", .{tup});
    const anon = .{ .id = @as(u32, 9), .label = "nine" };
    try out.print("{d} {s}\n", .{ anon.id, anon.label });
    try out.print("{s} {x} {X}\n", .{ e.name, e.name, "Zig" });
    try out.print("{d} {c}\n", .{ e.tags, e.tags });
    const empty: []const u8 = &.{};
    try out.print("[{s}] [{any}] [{x}]\n", .{ empty, empty, empty });
}
