const std = @import("std");
pub fn main() void {
    var e: ?u8 = 3;
    e.? = 4;
    e.? += 1;
    std.debug.print("{?d}\n", .{e});
    var arr = [_]?u16{ 1, null, 3 };
    arr[0].? *= 7;
    std.debug.print("{any}\n", .{arr});
    var i: usize = 0;
    while (i < 3) : (i += 1) {
        if (arr[i] != null) arr[i].? += 1;
    }
    std.debug.print("{any} {d}\n", .{ arr, e.? });
}
