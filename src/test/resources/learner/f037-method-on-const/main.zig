const std = @import("std");

const Counter = struct {
    hits: u32 = 0,
    fn hit(self: *Counter) void {
        self.hits += 1;
    }
    fn total(self: Counter) u32 {
        return self.hits;
    }
};

pub fn main() void {
    const c = Counter{};
    c.hit();
    c.hit();
    std.debug.print("hits: {d}\n", .{c.total()});
}
