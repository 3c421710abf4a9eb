const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(100);
    const r = prng.random();
    var a = [_]u8{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    r.shuffle(u8, &a);
    std.debug.print("{any}\n", .{a});
    var words = [_][]const u8{ "ant", "bee", "cat", "dog", "eel" };
    r.shuffle([]const u8, &words);
    for (words) |w| std.debug.print("{s} ", .{w});
    std.debug.print("\n", .{});
    var one = [_]i32{42};
    r.shuffle(i32, &one);
    std.debug.print("{any} {d}\n", .{ one, r.int(u8) });
}
