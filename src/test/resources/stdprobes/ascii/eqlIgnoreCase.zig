const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("HEl/hel: {}\n", .{ascii.eqlIgnoreCase("HEl", "hel")});
    std.debug.print("len differs: {}\n", .{ascii.eqlIgnoreCase("hel", "hell")});
    std.debug.print("empty: {}\n", .{ascii.eqlIgnoreCase("", "")});
    std.debug.print("@ vs `: {}\n", .{ascii.eqlIgnoreCase("@", "`")});
}
