const std = @import("std");

const Value = union(enum) {
    null,
    boolean: bool,
    number: f64,
    string: []const u8,
    array: []const Value,
    object: *const std.StringArrayHashMap(Value),

    pub fn format(self: Value, comptime fmt: []const u8, opts: std.fmt.FormatOptions, w: anytype) !void {
        _ = fmt;
        _ = opts;
        switch (self) {
            .null => try w.writeAll("null"),
            .boolean => |b| try w.print("{}", .{b}),
            .number => |n| try w.print("{d}", .{n}),
            .string => |s| try w.print("\"{s}\"", .{s}),
            .array => |items| {
                try w.writeAll("[");
                for (items, 0..) |it, i| {
                    if (i > 0) try w.writeAll(",");
                    try w.print("{}", .{it});
                }
                try w.writeAll("]");
            },
            .object => |map| {
                try w.writeAll("{");
                var it = map.iterator();
                var first = true;
                while (it.next()) |e| {
                    if (!first) try w.writeAll(",");
                    first = false;
                    try w.print("\"{s}\":{}", .{ e.key_ptr.*, e.value_ptr.* });
                }
                try w.writeAll("}");
            },
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var arena = std.heap.ArenaAllocator.init(gpa.allocator());
    defer arena.deinit();
    const a = arena.allocator();

    const inner = try a.create(std.StringArrayHashMap(Value));
    inner.* = std.StringArrayHashMap(Value).init(a);
    try inner.put("lat", .{ .number = 59.91 });
    try inner.put("lon", .{ .number = 10.75 });
    const tags = try a.dupe(Value, &.{ .{ .string = "cold" }, .{ .boolean = true }, .null });
    const root = try a.create(std.StringArrayHashMap(Value));
    root.* = std.StringArrayHashMap(Value).init(a);
    try root.put("city", .{ .string = "Oslo" });
    try root.put("pos", .{ .object = inner });
    try root.put("tags", .{ .array = tags });
    try root.put("pop", .{ .number = 709037 });
    const doc = Value{ .object = root };
    std.debug.print("{}\n", .{doc});
    _ = root.orderedRemove("pos");
    try root.put("city", .{ .string = "Bergen" });
    std.debug.print("{}\n", .{doc});
    std.debug.print("keys {d}, has pos {}\n", .{ root.count(), root.contains("pos") });
}
