const std = @import("std");

const Person = struct {
    name: []const u8,
    age: u8,
};

pub fn main() void {
    const p = Person{ .name = "Ada", .age = 36 };
    std.debug.print("person: {s}\n", .{p});
}
