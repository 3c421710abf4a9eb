const std = @import("std");

fn report(message: []const u8, value: i32) void {
    std.debug.print(message, .{value});
}

pub fn main() void {
    report("score: {d}\n", 42);
    report("lives left: {d}\n", 3);
}
