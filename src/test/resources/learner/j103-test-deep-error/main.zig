const std = @import("std");
const testing = std.testing;

fn countdown(n: u32) !u32 {
    if (n == 0) return error.Liftoff;
    return try countdown(n - 1) + 1;
}

test "shallow error" {
    try testing.expectError(error.Liftoff, countdown(3));
}

test "deep error escapes the test" {
    _ = try countdown(33);
}

test "still runs" {
    try testing.expect(true);
}
