const std = @import("std");

fn sign(x: i32) i32 {
    if (x < 0) {
        return -1;
        std.debug.print("negative\n", .{});
    }
    return if (x == 0) 0 else 1;
}

pub fn main() void {
    std.debug.print("{d}\n", .{sign(-5)});
}
