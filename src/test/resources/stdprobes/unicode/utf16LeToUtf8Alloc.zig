const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const u16s = [_]u16{ 'h', 0xE9, 0xD83D, 0xDE00 };
    const s = try unicode.utf16LeToUtf8Alloc(a, &u16s);
    defer a.free(s);
    std.debug.print("[{s}] len {}\n", .{ s, s.len });
    std.debug.print("unpaired: {any}\n", .{unicode.utf16LeToUtf8Alloc(a, &[_]u16{ 0xD800, 'a' })});
    const e = try unicode.utf16LeToUtf8Alloc(a, &[_]u16{});
    defer a.free(e);
    std.debug.print("empty len {}\n", .{e.len});
}
