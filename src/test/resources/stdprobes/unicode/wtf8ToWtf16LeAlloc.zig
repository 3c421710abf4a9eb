const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const w = try unicode.wtf8ToWtf16LeAlloc(a, "\xed\xb0\x80z");
    defer a.free(w);
    std.debug.print("units: {x}\n", .{w});
    std.debug.print("invalid: {any}\n", .{unicode.wtf8ToWtf16LeAlloc(a, "\xc0\x80")});
}
