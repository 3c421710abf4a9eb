//! 1,000,000 alloc/free pairs of 16 to 256 bytes on the debug allocator
//! (which records a stack trace for every allocation and every free).
const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    var total: usize = 0;
    var i: usize = 0;
    while (i < 1_000_000) : (i += 1) {
        const n = 16 + (i *% 2654435761) % 241;
        const buf = try allocator.alloc(u8, n);
        buf[0] = @truncate(i);
        total += buf.len;
        allocator.free(buf);
    }
    std.debug.print("{d}\n", .{total});
}
