const std = @import("std");

pub fn main() void {
    var it = std.mem.reverseIterator("abc");
    while (it.next()) |c| std.debug.print("char: {c}\n", .{c});
    var arr = [_]i32{ 1, 2 };
    var it2 = std.mem.reverseIterator(arr[0..]);
    while (it2.next()) |v| std.debug.print("int: {}\n", .{v});
    var e = std.mem.reverseIterator(@as([]const u8, ""));
    std.debug.print("empty: {?}\n", .{e.next()});
}
