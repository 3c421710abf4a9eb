const std = @import("std");

fn clampAll(values: []i32, lo: i32, hi: i32) void {
    for (values) |v| {
        if (v < lo) v = lo;
        if (v > hi) v = hi;
    }
}

pub fn main() void {
    var data = [_]i32{ -5, 3, 12 };
    clampAll(&data, 0, 10);
    std.debug.print("{any}\n", .{data});
}
