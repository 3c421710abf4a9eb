const std = @import("std");
const Acc = struct {
    total: u32 = 0,
    fn add(self: *Acc, n: u32) void {
        self.total += n;
    }
};
fn sum(comptime xs: anytype) u32 {
    const r = comptime blk: {
        var a = Acc{};
        for (xs) |x| a.add(x);
        break :blk a.total;
    };
    return r;
}
pub fn main() void {
    std.debug.print("{d}\n", .{sum(.{ 1, 2, 3 })});
    const t = comptime blk: {
        var n: usize = 0;
        for (.{ "ab", 5, true }) |item| {
            if (@TypeOf(item) == bool) n += 100 else n += 1;
        }
        break :blk n;
    };
    std.debug.print("{d}\n", .{t});
}
