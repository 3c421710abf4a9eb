const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("a: {c}\n", .{ascii.toUpper('a')});
    std.debug.print("Z: {c}\n", .{ascii.toUpper('Z')});
    std.debug.print("5: {c}\n", .{ascii.toUpper('5')});
    std.debug.print("z: {c}\n", .{ascii.toUpper('z')});
    std.debug.print("xe9: {}\n", .{ascii.toUpper(0xe9)});
}
