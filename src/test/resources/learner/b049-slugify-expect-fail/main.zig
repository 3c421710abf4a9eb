const std = @import("std");
const testing = std.testing;

fn slugify(allocator: std.mem.Allocator, title: []const u8) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    var last_dash = true;
    for (title) |c| {
        if (std.ascii.isAlphanumeric(c)) {
            try out.append(std.ascii.toLower(c));
            last_dash = false;
        } else if (!last_dash) {
            try out.append('-');
            last_dash = true;
        }
    }
    return out.toOwnedSlice();
}

test "simple title" {
    const s = try slugify(testing.allocator, "Hello World");
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("hello-world", s);
}

test "collapses runs of punctuation" {
    const s = try slugify(testing.allocator, "  Zig -- a  systems language");
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("zig-a-systems-language", s);
}

test "title ending in punctuation" {
    const s = try slugify(testing.allocator, "Why Zig? Memory, Explained!");
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("why-zig-memory-explained", s);
}
