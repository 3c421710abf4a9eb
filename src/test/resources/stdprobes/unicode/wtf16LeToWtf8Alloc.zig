const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const w16 = [_]u16{ 'a', 0xD800, 0xD83D, 0xDE00 };
    const s = try unicode.wtf16LeToWtf8Alloc(a, &w16);
    defer a.free(s);
    std.debug.print("bytes: {any}\n", .{s});
    const t = try unicode.wtf16LeToWtf8Alloc(a, &[_]u16{0xDC00});
    defer a.free(t);
    std.debug.print("lone low: {any}\n", .{t});
}
