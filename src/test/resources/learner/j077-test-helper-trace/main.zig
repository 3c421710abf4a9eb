const std = @import("std");
const testing = std.testing;

fn slugify(buf: []u8, title: []const u8) []const u8 {
    var n: usize = 0;
    var dash = false;
    for (title) |c| {
        if (std.ascii.isAlphanumeric(c)) {
            buf[n] = std.ascii.toLower(c);
            n += 1;
            dash = false;
        } else if (!dash and n > 0) {
            buf[n] = '-';
            n += 1;
            dash = true;
        }
    }
    if (n > 0 and buf[n - 1] == '-') n -= 1;
    return buf[0..n];
}

fn check(title: []const u8, want: []const u8) !void {
    var buf: [64]u8 = undefined;
    const got = slugify(&buf, title);
    try testing.expect(std.mem.eql(u8, want, got));
}

test "basic" {
    try check("Hello World", "hello-world");
}

test "punctuation runs" {
    try check("Zig: Heap & Stack!!", "zig-heap-stack");
}

test "leading junk" {
    try check("  --Intro", "-intro");
}

test "digits" {
    try check("Top 10 Tips", "top-10-tips");
}
