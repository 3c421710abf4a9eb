const std = @import("std");

const Counter = struct {
    hits: u32 = 0,
    misses: u32 = 0,

    fn ratio(self: Counter) f32 {
        const total = self.hits + self.misses;
        if (total == 0) return 0;
        return @as(f32, @floatFromInt(self.hits)) / @as(f32, @floatFromInt(total));
    }
};

pub fn main() void {
    var c = Counter{ .hits = 3, .misses = 1 };
    var limit: u32 = 10;
    std.debug.print("ratio {d:.2} (limit {d})\n", .{ c.ratio(), limit });
    c.hits += 1;
}
