const std = @import("std");

const Score = struct {
    points: u32 = 0,
    fn add(self: *const Score, n: u32) void {
        self.points += n;
    }
};

pub fn main() void {
    var s = Score{};
    s.add(5);
    std.debug.print("{d}\n", .{s.points});
}
