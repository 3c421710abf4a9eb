const std = @import("std");
var log_buf: [64]u8 = undefined;
var log_len: usize = 0;
fn note(c: u8, v: usize) usize {
    log_buf[log_len] = c;
    log_len += 1;
    return v;
}
pub fn main() !void {
    var xs = [_]u32{ 0, 0, 0, 0 };
    xs[note('L', 1)] = @intCast(note('R', 7));
    var grid = [_][3]u8{ .{ 0, 0, 0 }, .{ 0, 0, 0 } };
    grid[note('a', 1)][note('b', 2)] = @intCast(note('c', 5) + note('d', 1));
    std.debug.print("{s} {any} {any}\n", .{ log_buf[0..log_len], xs, grid });
}
