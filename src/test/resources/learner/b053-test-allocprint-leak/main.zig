const std = @import("std");
const testing = std.testing;

fn percentLabel(allocator: std.mem.Allocator, done: u32, total: u32) ![]u8 {
    const pct = if (total == 0) 0 else done * 100 / total;
    return std.fmt.allocPrint(allocator, "{d}/{d} ({d}%)", .{ done, total, pct });
}

test "half done" {
    const label = try percentLabel(testing.allocator, 5, 10);
    defer testing.allocator.free(label);
    try testing.expectEqualStrings("5/10 (50%)", label);
}

test "nothing to do" {
    const label = try percentLabel(testing.allocator, 0, 0);
    try testing.expectEqualStrings("0/0 (0%)", label);
}

test "rounds down" {
    const label = try percentLabel(testing.allocator, 2, 3);
    defer testing.allocator.free(label);
    try testing.expect(std.mem.endsWith(u8, label, "(66%)"));
}
