const std = @import("std");

pub fn main() void {
    const lt = std.sort.asc(i32);
    std.debug.print("1<2: {}\n", .{lt({}, 1, 2)});
    std.debug.print("2<2: {}\n", .{lt({}, 2, 2)});
    std.debug.print("3<-3: {}\n", .{lt({}, 3, -3)});
    std.debug.print("f64: {}\n", .{std.sort.asc(f64)({}, 0.5, 1.5)});
    var a = [_]u8{ 'c', 'a', 'b' };
    std.mem.sort(u8, &a, {}, std.sort.asc(u8));
    std.debug.print("sorted: {s}\n", .{a});
}
