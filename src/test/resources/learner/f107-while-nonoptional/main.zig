const std = @import("std");

const Counter = struct {
    n: u8 = 0,
    fn next(self: *Counter) u8 {
        self.n += 1;
        return self.n;
    }
};

pub fn main() void {
    var c = Counter{};
    while (c.next()) |v| {
        if (v > 3) break;
        std.debug.print("{d}\n", .{v});
    }
}
