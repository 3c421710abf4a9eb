const std = @import("std");
var counter: u32 = 0;
inline fn bump(p: *u32) void { p.* += 1; }
inline fn say(comptime m: []const u8) void { std.debug.print("say {s}\n", .{m}); }
inline fn twice(x: u32) u32 { return x * 2; }
inline fn sq(x: anytype) @TypeOf(x) { return x * x; }
pub fn main() void {
    bump(&counter);
    bump(&counter);
    say("hi");
    const t = twice(21);
    const arr: [twice(2)]u8 = undefined;
    std.debug.print("{d} {d} {d} {d}\n", .{ counter, t, arr.len, sq(@as(u8, 15)) });
}
