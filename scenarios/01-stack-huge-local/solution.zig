const std = @import("std");

fn sumOfSquares(allocator: std.mem.Allocator, n: usize) !u64 {
    // the big table goes on the heap: only the slice (16 bytes) is on the stack
    const table = try allocator.alloc(u64, 4 * 1024 * 1024);
    defer allocator.free(table);
    for (table[0..n], 0..) |*t, i| t.* = i * i;
    var sum: u64 = 0;
    for (table[0..n]) |t| sum += t;
    return sum;
}

pub fn main() !void {
    const small: [4]u64 = .{ 1, 2, 3, 4 };
    std.debug.print("small array: {d} bytes on the stack\n", .{@sizeOf(@TypeOf(small))});
    std.debug.print("sum: {d}\n", .{try sumOfSquares(std.heap.page_allocator, 1000)});
}
