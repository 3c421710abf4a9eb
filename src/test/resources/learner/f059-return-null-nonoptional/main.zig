const std = @import("std");

const Book = struct { title: []const u8, year: u16 };

fn findByYear(books: []const Book, year: u16) Book {
    for (books) |b| {
        if (b.year == year) return b;
    }
    return null;
}

pub fn main() void {
    const shelf = [_]Book{ .{ .title = "SICP", .year = 1985 }, .{ .title = "TAOCP", .year = 1968 } };
    const b = findByYear(&shelf, 1968);
    std.debug.print("{s}\n", .{b.title});
}
