const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    std.debug.print("A: {c}\n", .{ascii.toLower('A')});
    std.debug.print("z: {c}\n", .{ascii.toLower('z')});
    std.debug.print("@: {c}\n", .{ascii.toLower('@')});
    std.debug.print("[: {c}\n", .{ascii.toLower('[')});
    std.debug.print("xc9: {}\n", .{ascii.toLower(0xc9)});
}
