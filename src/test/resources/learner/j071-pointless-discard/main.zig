const std = @import("std");

pub fn main() void {
    const name = "zig";
    std.debug.print("hello {s}\n", .{name});
    _ = name;
}
