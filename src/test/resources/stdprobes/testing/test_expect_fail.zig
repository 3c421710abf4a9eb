const std = @import("std");

test "false" {
    try std.testing.expect(1 + 1 == 3);
}

test "after a pass" {
    try std.testing.expect(true);
    try std.testing.expect("abc".len == 2);
}
