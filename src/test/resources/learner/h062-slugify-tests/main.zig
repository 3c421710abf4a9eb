const std = @import("std");
const t = std.testing;

fn slugify(alloc: std.mem.Allocator, title: []const u8) ![]u8 {
    var out = try std.ArrayList(u8).initCapacity(alloc, title.len);
    errdefer out.deinit();
    var dash = false;
    for (title) |c| {
        if (std.ascii.isAlphanumeric(c)) {
            if (dash and out.items.len > 0) out.appendAssumeCapacity('-');
            dash = false;
            out.appendAssumeCapacity(std.ascii.toLower(c));
        } else dash = true;
    }
    return out.toOwnedSlice();
}

test "basic slug" {
    const s = try slugify(t.allocator, "Hello, World!");
    defer t.allocator.free(s);
    try t.expectEqualStrings("hello-world", s);
}

test "leading junk" {
    const s = try slugify(t.allocator, "  --Zig 0.14 Released--  ");
    defer t.allocator.free(s);
    try t.expectStringStartsWith(s, "zig-0");
    try t.expectStringEndsWith(s, "released-");
}

test "skip on empty" {
    const s = try slugify(t.allocator, "");
    defer t.allocator.free(s);
    if (s.len == 0) return error.SkipZigTest;
    try t.expect(false);
}

test "approx" {
    try t.expectApproxEqRel(@as(f64, 100.0), 100.5, 0.01);
    try t.expectApproxEqRel(@as(f32, 1.0), 1.2, 0.1);
}

test "long diff" {
    const s = try slugify(t.allocator, "The Quick Brown Fox Jumps Over The Lazy Dog");
    defer t.allocator.free(s);
    try t.expectEqualStrings("the-quick-brown-fox-jumped-over-the-lazy-dog", s);
}

test "expectEqual on slices compares pointers" {
    const a = try slugify(t.allocator, "ab");
    defer t.allocator.free(a);
    try t.expectEqual(@as(usize, 2), a.len);
    try t.expect(std.mem.eql(u8, a, "ab"));
}
