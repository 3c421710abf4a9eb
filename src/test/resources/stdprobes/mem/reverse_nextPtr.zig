const std = @import("std");

pub fn main() void {
    var arr = [_]i32{ 1, 2, 3 };
    var it = std.mem.reverseIterator(arr[0..]);
    while (it.nextPtr()) |p| p.* *= 10;
    std.debug.print("scaled: {any}\n", .{arr});
    std.debug.print("after end: {}\n", .{it.nextPtr() == null});
}
