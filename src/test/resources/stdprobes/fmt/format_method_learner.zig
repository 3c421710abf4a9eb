const std = @import("std");

const Point = struct {
    x: i32,
    y: i32,

    pub fn format(self: Point, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        if (fmt.len != 0 and fmt[0] == 'x') {
            try writer.print("<{x},{x}>", .{ self.x, self.y });
        } else {
            try writer.writeByte('(');
            try std.fmt.formatInt(self.x, 10, .lower, options, writer);
            try writer.writeAll(", ");
            try std.fmt.formatInt(self.y, 10, .lower, options, writer);
            try writer.writeByte(')');
        }
    }
};

const Color = enum {
    red,
    green,

    pub fn format(self: Color, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        try std.fmt.formatBuf(if (self == .red) "RED" else "GREEN", options, writer);
    }
};

const Shape = union(enum) {
    circle: u32,
    square: Point,

    pub fn format(self: Shape, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        switch (self) {
            .circle => |r| try writer.print("circle r={d}", .{r}),
            .square => |p| try writer.print("square at {}", .{p}),
        }
    }
};

const Line = struct { from: Point, to: Point, color: Color };

const Stack = struct {
    items: [4]u8 = .{ 1, 2, 3, 4 },
    len: usize = 3,

    pub fn format(self: *const Stack, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        try writer.writeAll("[");
        for (self.items[0..self.len], 0..) |it, i| {
            if (i > 0) try writer.writeAll(" ");
            try writer.print("{d}", .{it});
        }
        try writer.writeByteNTimes('.', 2);
        try writer.writeAll("]");
    }
};

fn maybe(ok: bool) !Point {
    if (!ok) return error.Missing;
    return .{ .x = 7, .y = 8 };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const p = Point{ .x = 3, .y = -4 };
    std.debug.print("{} {any} {x} [{:>4}]\n", .{ p, p, p, p });
    var q = p;
    q.x += 10;
    std.debug.print("ptr: {} opt: {?} null: {?}\n", .{ &q, @as(?Point, q), @as(?Point, null) });
    std.debug.print("errs: {!} {!}\n", .{ maybe(true), maybe(false) });
    std.debug.print("enum: {} [{:<7}] [{s}]\n", .{ Color.red, Color.green, Color.red });
    std.debug.print("union: {} | {}\n", .{ Shape{ .circle = 5 }, Shape{ .square = p } });
    const line = Line{ .from = p, .to = q, .color = .green };
    std.debug.print("nested: {}\n", .{line});
    const pts = [_]Point{ p, q, .{ .x = 0, .y = 0 } };
    std.debug.print("array: {any}\n", .{pts});
    const slice: []const Point = pts[1..];
    std.debug.print("slice: {any}\n", .{slice});
    var st = Stack{};
    st.len = 2;
    std.debug.print("self ptr: {} {}\n", .{ st, &st });

    const text = try std.fmt.allocPrint(allocator, "{}-{}", .{ p, Color.red });
    defer allocator.free(text);
    std.debug.print("alloc: {s} ({d})\n", .{ text, text.len });
    var buf: [32]u8 = undefined;
    const s = try std.fmt.bufPrint(&buf, "{x}", .{q});
    std.debug.print("buf: {s}\n", .{s});
    var list = std.ArrayList(u8).init(allocator);
    defer list.deinit();
    try list.writer().print("{} and {}", .{ Shape{ .circle = 1 }, line.color });
    std.debug.print("list: {s}\n", .{list.items});
    std.debug.print("count: {d}\n", .{std.fmt.count("{}", .{p})});
}
