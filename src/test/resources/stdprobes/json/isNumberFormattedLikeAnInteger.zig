const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    _ = a;
    for ([_][]const u8{ "0", "-12", "1.0", "1e5", "-0", "123456789012345678901234567890", "2E-3" }) |s| {
        std.debug.print("{s}: {}\n", .{ s, std.json.isNumberFormattedLikeAnInteger(s) });
    }
}
