const std = @import("std");

pub fn main() void {
    const score: i32 = 42;
    std.debug.print("score: {d}\n", score);
}
