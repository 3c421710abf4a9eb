const std = @import("std");

pub fn main() void {
    var arr = [_]u8{ 1, 2, 3, 4, 5 };
    var i: usize = 0;
    while (i <= arr.len) : (i += 1) {
        arr[i] *= 2;
    }
    std.debug.print("{any}\n", .{arr});
}
