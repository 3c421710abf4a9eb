const std = @import("std");

const Counter = struct {
    count: u32 = 0,

    fn inc(self: *Counter) void {
        count += 1;
        _ = self;
    }
};

pub fn main() void {
    var c = Counter{};
    c.inc();
    std.debug.print("{d}\n", .{c.count});
}
