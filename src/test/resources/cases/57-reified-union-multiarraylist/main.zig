const std = @import("std");

fn Either(comptime A: type, comptime B: type) type {
    return @Type(.{ .@"union" = .{
        .layout = .auto,
        .tag_type = enum { left, right },
        .fields = &.{
            .{ .name = "left", .type = A, .alignment = @alignOf(A) },
            .{ .name = "right", .type = B, .alignment = @alignOf(B) },
        },
        .decls = &.{},
    } });
}

const Shape = union(enum) { circle: f32, square: u8, none };

pub fn main() !void {
    const E = Either(u32, []const u8);
    const xs = [_]E{ .{ .left = 7 }, .{ .right = "seven" } };
    for (xs) |x| switch (x) {
        .left => |n| std.debug.print("left {d}\n", .{n}),
        .right => |s| std.debug.print("right {s}\n", .{s}),
    };
    std.debug.print("fields {d} size {d}\n", .{ @typeInfo(E).@"union".fields.len, @sizeOf(E) });

    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list: std.MultiArrayList(Shape) = .{};
    defer list.deinit(a);
    try list.append(a, .{ .circle = 1.5 });
    try list.append(a, .{ .square = 4 });
    try list.append(a, .none);
    for (list.items(.tags), 0..) |t, i| std.debug.print("{d}: {s}\n", .{ i, @tagName(t) });
    switch (list.get(0)) {
        .circle => |r| std.debug.print("circle {d}\n", .{r}),
        else => std.debug.print("other\n", .{}),
    }
    list.set(2, .{ .square = 9 });
    std.debug.print("{any}\n", .{list.get(2)});
}
