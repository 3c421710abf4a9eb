const std = @import("std");
const ascii = std.ascii;

pub fn main() !void {
    var buf: [32]u8 = undefined;
    std.debug.print("[{s}]\n", .{ascii.upperString(&buf, "Hello, world 42!")});
    std.debug.print("[{s}]\n", .{ascii.upperString(&buf, "")});
    std.debug.print("[{s}]\n", .{ascii.upperString(&buf, "\xe9t\xe9")});
}
