const std = @import("std");

pub fn main() void {
    var it = std.mem.WindowIterator(u8){ .buffer = "abcde", .index = 0, .size = 2, .advance = 2 };
    while (it.next()) |w| std.debug.print("window: [{s}]\n", .{w});
    var done = std.mem.WindowIterator(i32){ .buffer = &[_]i32{ 1, 2 }, .index = null, .size = 1, .advance = 1 };
    std.debug.print("exhausted: {any}\n", .{done.next()});
}
