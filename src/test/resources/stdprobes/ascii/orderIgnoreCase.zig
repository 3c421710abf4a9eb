const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("eq: {}\n", .{ascii.orderIgnoreCase("ABC", "abc")});
    std.debug.print("lt: {}\n", .{ascii.orderIgnoreCase("abc", "ABD")});
    std.debug.print("prefix: {}\n", .{ascii.orderIgnoreCase("abcd", "ABC")});
    std.debug.print("empty: {}\n", .{ascii.orderIgnoreCase("", "")});
    std.debug.print("_ vs a: {}\n", .{ascii.orderIgnoreCase("_", "A")});
}
