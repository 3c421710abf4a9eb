const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const u16s = [_]u16{ 'h', 0xE9, 0xD83D, 0xDE00 };
    const s = try unicode.utf16LeToUtf8AllocZ(a, &u16s);
    defer a.free(s);
    std.debug.print("[{s}] len {} sentinel {}\n", .{ s, s.len, s[s.len] });
    std.debug.print("lone low: {any}\n", .{unicode.utf16LeToUtf8AllocZ(a, &[_]u16{0xDC00})});
}
