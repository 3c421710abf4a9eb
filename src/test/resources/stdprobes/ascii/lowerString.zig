const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    var buf: [32]u8 = undefined;
    std.debug.print("[{s}]\n", .{ascii.lowerString(&buf, "Hello, WORLD 42!")});
    std.debug.print("[{s}]\n", .{ascii.lowerString(&buf, "")});
    std.debug.print("len: {}\n", .{ascii.lowerString(buf[0..10], "ABC").len});
}
