const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    for ([_][]const u8{ "{\"a\": [1, 2.5e3, true, null]}", "[1,]", "\"unterminated", "  42  ", "{} {}", "" }) |s| {
        std.debug.print("{s}: {}\n", .{ s, try std.json.validate(a, s) });
    }
}
