const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("haystack: {}\n", .{ascii.endsWithIgnoreCase("Needle in HaYsTaCk", "haystack")});
    std.debug.print("no: {}\n", .{ascii.endsWithIgnoreCase("BoB", "Bo")});
    std.debug.print("empty: {}\n", .{ascii.endsWithIgnoreCase("", "")});
    std.debug.print("longer needle: {}\n", .{ascii.endsWithIgnoreCase("b", "AB")});
}
