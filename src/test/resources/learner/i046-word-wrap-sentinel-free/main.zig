const std = @import("std");

/// Wraps words to `width` columns; the caller owns the returned C-style string.
fn wrap(a: std.mem.Allocator, text: []const u8, width: usize) ![:0]u8 {
    var out = std.ArrayList(u8).init(a);
    errdefer out.deinit();
    const w = out.writer();
    var col: usize = 0;
    var words = std.mem.tokenizeAny(u8, text, " \n\t");
    while (words.next()) |word| {
        if (col > 0 and col + 1 + word.len > width) {
            try w.writeByte('\n');
            col = 0;
        } else if (col > 0) {
            try w.writeByte(' ');
            col += 1;
        }
        try w.writeAll(word);
        col += word.len;
    }
    return out.toOwnedSliceSentinel(0);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const text = "Every allocation has an owner. The owner frees it, exactly once, after the last use and never before.";

    for ([_]usize{ 40, 24 }) |width| {
        const wrapped = try wrap(a, text, width);
        defer a.free(wrapped);
        std.debug.print("width {d}, {d} lines:\n", .{ width, std.mem.count(u8, wrapped, "\n") + 1 });
        var lines = std.mem.splitScalar(u8, wrapped, '\n');
        while (lines.next()) |line| std.debug.print("|{s: <40}|\n", .{line});
        std.debug.print("sentinel: {d}\n", .{wrapped[wrapped.len]});
    }
    const narrow = try wrap(a, "tiny words fit", 5);
    std.debug.print("{s}\n", .{narrow});
    const c_str: [*:0]const u8 = narrow.ptr;
    std.debug.print("C length {d}\n", .{std.mem.len(c_str)});
    a.free(narrow[0 .. narrow.len - 1]);
}
