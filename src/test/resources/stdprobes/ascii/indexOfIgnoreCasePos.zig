const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("from 0: {?}\n", .{ascii.indexOfIgnoreCasePos("abAB", 0, "ab")});
    std.debug.print("from 1: {?}\n", .{ascii.indexOfIgnoreCasePos("abAB", 1, "ab")});
    std.debug.print("from 3: {?}\n", .{ascii.indexOfIgnoreCasePos("abAB", 3, "ab")});
    std.debug.print("empty needle at 2: {?}\n", .{ascii.indexOfIgnoreCasePos("abAB", 2, "")});
}
