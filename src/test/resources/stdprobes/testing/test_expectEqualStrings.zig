const std = @import("std");

test "expectEqualStrings passes" {
    try std.testing.expectEqualStrings("heap", "heap");
    std.debug.print("same: ok\n", .{});
    try std.testing.expectEqualStrings("", "");
    std.debug.print("empty: ok\n", .{});
    try std.testing.expectEqualStrings("a\nb", "a\nb");
    std.debug.print("two lines: ok\n", .{});
}
