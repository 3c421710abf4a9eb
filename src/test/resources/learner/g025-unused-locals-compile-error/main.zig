const std = @import("std");

fn average(values: []const i32) f64 {
    var sum: i64 = 0;
    var count = 0;
    for (values) |v| {
        sum += v;
    }
    const unused_max = values[0];
    return @as(f64, @floatFromInt(sum)) / @as(f64, @floatFromInt(values.len));
}

pub fn main() void {
    const data = [_]i32{ 4, 8, 15, 16, 23, 42 };
    var result = average(&data);
    std.debug.print("{d:.2}\n", .{result});
}
