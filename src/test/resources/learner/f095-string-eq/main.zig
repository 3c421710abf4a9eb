const std = @import("std");

fn greet(name: []const u8) []const u8 {
    if (name == "admin") return "welcome back, boss";
    return "hello";
}

pub fn main() void {
    std.debug.print("{s}\n", .{greet("admin")});
}
