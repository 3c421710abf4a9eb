const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const w = try unicode.wtf8ToWtf16LeAllocZ(a, "\xed\xa0\x80");
    defer a.free(w);
    std.debug.print("units: {x} len {} sentinel {}\n", .{ w, w.len, w[w.len] });
    std.debug.print("invalid: {any}\n", .{unicode.wtf8ToWtf16LeAllocZ(a, "\xff")});
}
