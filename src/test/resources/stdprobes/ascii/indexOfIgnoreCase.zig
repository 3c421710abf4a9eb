const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("found: {?}\n", .{ascii.indexOfIgnoreCase("one Two Three Four", "foUr")});
    std.debug.print("absent: {?}\n", .{ascii.indexOfIgnoreCase("one two three FouR", "gOur")});
    std.debug.print("empty needle: {?}\n", .{ascii.indexOfIgnoreCase("foo", "")});
    std.debug.print("needle longer: {?}\n", .{ascii.indexOfIgnoreCase("foo", "fool")});
    std.debug.print("long: {?}\n", .{ascii.indexOfIgnoreCase("xxxxxxxxxxxxxxxxxxxxABCDEFGHIJKLMNOPQRSTUV", "abcdefghijklmnopqrstuv")});
}
