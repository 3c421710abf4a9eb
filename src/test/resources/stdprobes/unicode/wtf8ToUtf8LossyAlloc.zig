const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const s = try unicode.wtf8ToUtf8LossyAlloc(a, "x\xed\xa0\x80");
    defer a.free(s);
    std.debug.print("[{s}] {any}\n", .{ s, s });
    std.debug.print("invalid: {any}\n", .{unicode.wtf8ToUtf8LossyAlloc(a, "\xff")});
}
