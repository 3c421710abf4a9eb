const std = @import("std");

const Timer = struct {
    ticks: u64 = 0,

    fn tick(self: *Timer, n: u64) void {
        self.ticks += n;
    }
};

pub fn main() void {
    var t = Timer{};
    t.tick(5);
    Timer.tick(3);
    std.debug.print("{d}\n", .{t.ticks});
}
