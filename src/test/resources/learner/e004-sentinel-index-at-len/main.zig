const std = @import("std");
pub fn main() void {
    const s: [:0]const u8 = "abc";
    std.debug.print("{d}\n", .{s[s.len]});
    var buf = [_:0]u8{ 'x', 'y' };
    const t: [:0]u8 = &buf;
    std.debug.print("{d} {d}\n", .{ t[t.len], buf[buf.len] });
    var i: usize = 2;
    i += 0;
    std.debug.print("{d}\n", .{t[i]});
}
