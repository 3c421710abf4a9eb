const std = @import("std");

const Book = struct {
    title: []const u8,
    pages: u32,
    year: u16,
};

pub fn main() void {
    const b = Book{ .title = "Zig", .pages = 300 };
    std.debug.print("{s} {d}\n", .{ b.title, b.pages });
}
