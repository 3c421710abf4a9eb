const std = @import("std");

fn titleCase(alloc: std.mem.Allocator, s: []const u8) ![]u8 {
    const out = try alloc.dupe(u8, s);
    var start = true;
    for (out) |*c| {
        if (start) c.* = std.ascii.toUpper(c.*);
        start = c.* == ' ';
    }
    return out;
}

fn slugify(alloc: std.mem.Allocator, s: []const u8) ![]u8 {
    var out = try std.ArrayList(u8).initCapacity(alloc, s.len);
    for (s) |c| {
        if (std.ascii.isAlphanumeric(c)) {
            out.appendAssumeCapacity(std.ascii.toLower(c));
        } else if (out.items.len > 0 and out.items[out.items.len - 1] != '-') {
            out.appendAssumeCapacity('-');
        }
    }
    return out.toOwnedSlice();
}

test "title case" {
    const t = try titleCase(std.testing.allocator, "hello heap lab");
    defer std.testing.allocator.free(t);
    try std.testing.expectEqualStrings("Hello Heap Lab", t);
}

test "slugify" {
    const s = try slugify(std.testing.allocator, "Hello, World! Zig 0.14 ");
    defer std.testing.allocator.free(s);
    try std.testing.expectEqualStrings("hello-world-zig-0-14", s);
}

test "slices" {
    try std.testing.expectEqualSlices(u8, &.{ 1, 2, 3, 4 }, &.{ 1, 2, 5, 4 });
}
