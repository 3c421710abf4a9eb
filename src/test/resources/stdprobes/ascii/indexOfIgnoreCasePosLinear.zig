const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("from 0: {?}\n", .{ascii.indexOfIgnoreCasePosLinear("abAB", 0, "AB")});
    std.debug.print("from 1: {?}\n", .{ascii.indexOfIgnoreCasePosLinear("abAB", 1, "AB")});
    std.debug.print("from 3: {?}\n", .{ascii.indexOfIgnoreCasePosLinear("abAB", 3, "ab")});
    std.debug.print("empty needle: {?}\n", .{ascii.indexOfIgnoreCasePosLinear("abAB", 1, "")});
}
