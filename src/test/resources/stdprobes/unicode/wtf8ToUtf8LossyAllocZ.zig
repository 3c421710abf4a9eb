const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try unicode.wtf8ToUtf8LossyAllocZ(a, "\xed\xa0\x80!");
    defer a.free(s);
    std.debug.print("{any} len {} sentinel {}\n", .{ s, s.len, s[s.len] });
    std.debug.print("invalid: {any}\n", .{unicode.wtf8ToUtf8LossyAllocZ(a, "\xc3")});
}
