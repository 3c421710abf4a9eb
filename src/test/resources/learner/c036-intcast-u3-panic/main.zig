const std = @import("std");

const Histogram = struct {
    buckets: [8]u8 = [_]u8{0} ** 8,

    fn add(self: *Histogram, value: i32) void {
        const slot: u3 = @intCast(@divFloor(value, 10));
        self.buckets[slot] += 1;
    }

    fn show(self: Histogram) void {
        for (self.buckets, 0..) |count, i| {
            std.debug.print("{d:>2}-{d:<2} ", .{ i * 10, i * 10 + 9 });
            for (0..count) |_| std.debug.print("#", .{});
            std.debug.print("\n", .{});
        }
    }
};

pub fn main() void {
    var h = Histogram{};
    const scores = [_]i32{ 12, 45, 47, 3, 71, 44, 29, 58, 75, 79 };
    for (scores) |s| h.add(s);
    h.show();

    const late = [_]i32{ 66, 81 };
    for (late) |s| {
        std.debug.print("adding {d}\n", .{s});
        h.add(s);
    }
    h.show();
}
