const std = @import("std");
fn needsNetwork() bool {
    return true;
}
test "passes" {
    try std.testing.expect(true);
}
test "skipped" {
    if (needsNetwork()) return error.SkipZigTest;
    try std.testing.expect(false);
}
test "also passes" {
    try std.testing.expectEqual(2, 1 + 1);
}
