const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("boB/Bo: {}\n", .{ascii.startsWithIgnoreCase("boB", "Bo")});
    std.debug.print("no: {}\n", .{ascii.startsWithIgnoreCase("Needle in hAyStAcK", "haystack")});
    std.debug.print("empty needle: {}\n", .{ascii.startsWithIgnoreCase("abc", "")});
    std.debug.print("longer needle: {}\n", .{ascii.startsWithIgnoreCase("ab", "ABC")});
}
