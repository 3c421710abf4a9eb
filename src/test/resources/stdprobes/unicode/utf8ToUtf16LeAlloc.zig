const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const w = try unicode.utf8ToUtf16LeAlloc(a, "A\u{20ac}\u{1f600}");
    defer a.free(w);
    std.debug.print("units: {x} len {}\n", .{ w, w.len });
    std.debug.print("invalid: {any}\n", .{unicode.utf8ToUtf16LeAlloc(a, "a\xc3")});
    const e = try unicode.utf8ToUtf16LeAlloc(a, "");
    defer a.free(e);
    std.debug.print("empty len {}\n", .{e.len});
}
