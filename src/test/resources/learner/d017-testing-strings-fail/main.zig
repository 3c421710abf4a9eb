const std = @import("std");
const testing = std.testing;

fn titleCase(allocator: std.mem.Allocator, s: []const u8) ![]u8 {
    const out = try allocator.dupe(u8, s);
    var start = true;
    for (out) |*c| {
        if (c.* == ' ') {
            start = true;
        } else if (start) {
            c.* = std.ascii.toUpper(c.*);
            start = false;
        }
    }
    return out;
}

fn slugify(allocator: std.mem.Allocator, s: []const u8) ![]u8 {
    var list = std.ArrayList(u8).init(allocator);
    errdefer list.deinit();
    var words = std.mem.tokenizeScalar(u8, s, ' ');
    while (words.next()) |w| {
        if (list.items.len > 0) try list.append('-');
        for (w) |c| try list.append(std.ascii.toLower(c));
    }
    return list.toOwnedSlice();
}

test "title case" {
    const t = try titleCase(testing.allocator, "the quick brown fox");
    defer testing.allocator.free(t);
    try testing.expectEqualStrings("The Quick Brown Fox", t);
}

test "slug" {
    const s = try slugify(testing.allocator, "  Hello   Zig World ");
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("hello-zig-world", s);
}

test "slug keeps punctuation (expectation is wrong)" {
    const s = try slugify(testing.allocator, "Zig, Again!\nand more");
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("zig-again\nand-more", s);
}
