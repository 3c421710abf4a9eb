const std = @import("std");
fn pick(comptime n: usize) u32 {
    inline for (0..5) |k| {
        if (k == n) return k * 10;
    }
    return 99;
}
fn first() u8 {
    inline for (.{ 3, 4 }) |v| {
        return v;
    }
}
pub fn main() void {
    std.debug.print("{} {} {}\n", .{ pick(2), pick(7), first() });
    var total: u32 = 0;
    inline for (0..4) |k| {
        if (k == 1) continue;
        total += k;
    }
    std.debug.print("{}\n", .{total});
    const found = inline for (.{ "a", "bb", "ccc" }) |s| {
        if (s.len == 2) break s;
    } else "none";
    std.debug.print("{s}\n", .{found});
}
