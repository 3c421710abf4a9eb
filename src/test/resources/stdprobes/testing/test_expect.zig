const std = @import("std");

test "expect passes" {
    try std.testing.expect(true);
    std.debug.print("true: ok\n", .{});
    try std.testing.expect(3 * 3 == 9);
    std.debug.print("3*3==9: ok\n", .{});
    const e = std.testing.expect(false);
    std.debug.print("expect(false) returns: {any}\n", .{e});
}
