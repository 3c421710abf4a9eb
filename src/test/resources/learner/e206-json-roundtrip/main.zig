// Round trip: struct -> JSON text -> struct, plus a dynamic Value written back out.
const std = @import("std");

const Shape = union(enum) {
    circle: struct { r: f32 },
    rect: struct { w: u32, h: u32 },
};

const Drawing = struct {
    title: []const u8,
    shapes: []const Shape,
    author: ?[]const u8 = null,
    version: u32 = 1,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const original = Drawing{
        .title = "Sketch \"one\"",
        .shapes = &.{ .{ .circle = .{ .r = 1.5 } }, .{ .rect = .{ .w = 3, .h = 4 } } },
    };

    const text = try std.json.stringifyAlloc(allocator, original, .{});
    defer allocator.free(text);
    std.debug.print("compact: {s}\n", .{text});

    const back = try std.json.parseFromSlice(Drawing, allocator, text, .{});
    defer back.deinit();
    std.debug.print("title back: {s}, {d} shapes, author {?s}\n", .{ back.value.title, back.value.shapes.len, back.value.author });
    switch (back.value.shapes[1]) {
        .rect => |r| std.debug.print("rect area {d}\n", .{r.w * r.h}),
        .circle => |c| std.debug.print("circle r {d}\n", .{c.r}),
    }

    const pretty = try std.json.stringifyAlloc(allocator, back.value, .{ .whitespace = .indent_2, .emit_null_optional_fields = false });
    defer allocator.free(pretty);
    std.debug.print("pretty:\n{s}\n", .{pretty});

    const dyn = try std.json.parseFromSlice(std.json.Value, allocator, text, .{});
    defer dyn.deinit();
    var out = std.ArrayList(u8).init(allocator);
    defer out.deinit();
    try std.json.stringify(dyn.value, .{}, out.writer());
    std.debug.print("same text again: {}\n", .{std.mem.eql(u8, out.items, text)});
}
