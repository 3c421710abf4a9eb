const std = @import("std");

pub fn main() void {
    const text = "one two three two one";
    var count: usize = 0;
    var it = std.mem.tokenizeScalar(u8, text, ' ');
    while (it.next()) |word| {
        if (std.mem.eql(u8, word, "two")) {
            var count: usize = 1;
            count += 1;
        }
    }
    std.debug.print("{d}\n", .{count});
}
