const std = @import("std");

pub fn main() !void {
    var buf: [4]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    std.debug.print("wrote {d}\n", .{try fbs.write("abc")});
    std.debug.print("wrote {d} (partial)\n", .{try fbs.write("xyz")});
    std.debug.print("full: {any}\n", .{fbs.write("q")});
    std.debug.print("empty write when full: {any}\n", .{fbs.write("")});
    std.debug.print("buf: {s}\n", .{&buf});
}
