const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("abc<ABD: {}\n", .{ascii.lessThanIgnoreCase("abc", "ABD")});
    std.debug.print("ABC<abc: {}\n", .{ascii.lessThanIgnoreCase("ABC", "abc")});
    std.debug.print("empty<a: {}\n", .{ascii.lessThanIgnoreCase("", "a")});
    std.debug.print("Zebra<apple: {}\n", .{ascii.lessThanIgnoreCase("Zebra", "apple")});
}
