const std = @import("std");

test "ints differ" {
    try std.testing.expectEqualSlices(i32, &.{ 1, 2, 3, 4 }, &.{ 1, 2, 5, 4 });
}

test "lengths differ" {
    try std.testing.expectEqualSlices(u32, &.{ 1, 2 }, &.{ 1, 2, 3 });
}

test "bytes differ" {
    try std.testing.expectEqualSlices(u8, "hello", "hellp");
}
