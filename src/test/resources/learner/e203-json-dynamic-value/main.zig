// Walk a JSON document of unknown shape with std.json.Value.
const std = @import("std");

fn indent(depth: usize) void {
    for (0..depth) |_| std.debug.print("  ", .{});
}

fn walk(v: std.json.Value, depth: usize) void {
    switch (v) {
        .null => std.debug.print("null\n", .{}),
        .bool => |b| std.debug.print("bool {}\n", .{b}),
        .integer => |i| std.debug.print("integer {d}\n", .{i}),
        .float => |f| std.debug.print("float {d}\n", .{f}),
        .number_string => |s| std.debug.print("big number {s}\n", .{s}),
        .string => |s| std.debug.print("string \"{s}\"\n", .{s}),
        .array => |arr| {
            std.debug.print("array of {d}\n", .{arr.items.len});
            for (arr.items) |item| {
                indent(depth + 1);
                walk(item, depth + 1);
            }
        },
        .object => |obj| {
            std.debug.print("object with {d} keys\n", .{obj.count()});
            var it = obj.iterator();
            while (it.next()) |entry| {
                indent(depth + 1);
                std.debug.print("{s}: ", .{entry.key_ptr.*});
                walk(entry.value_ptr.*, depth + 1);
            }
        },
    }
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const text =
        \\{"user": {"name": "Zed", "age": 31, "admin": false},
        \\ "scores": [9.5, 7, null, 12345678901234567890],
        \\ "tags": ["a", "b\u00e9"], "empty": {}}
    ;
    const parsed = try std.json.parseFromSlice(std.json.Value, allocator, text, .{});
    defer parsed.deinit();

    walk(parsed.value, 0);

    // Direct lookups, as one usually does.
    const root = parsed.value.object;
    const user = root.get("user").?.object;
    std.debug.print("name={s} age={d}\n", .{ user.get("name").?.string, user.get("age").?.integer });
    if (root.get("missing") == null) std.debug.print("no key 'missing'\n", .{});
    const first = root.get("scores").?.array.items[0];
    std.debug.print("first score is a {s}\n", .{@tagName(first)});
}
