const std = @import("std");

pub fn main() void {
    const gt = std.sort.desc(i32);
    std.debug.print("1>2: {}\n", .{gt({}, 1, 2)});
    std.debug.print("2>2: {}\n", .{gt({}, 2, 2)});
    std.debug.print("3>-3: {}\n", .{gt({}, 3, -3)});
    var a = [_]u8{ 'c', 'a', 'b' };
    std.mem.sort(u8, &a, {}, std.sort.desc(u8));
    std.debug.print("sorted: {s}\n", .{a});
}
