const std = @import("std");

const Temp = struct {
    celsius: f32,
    fn toF(self: Temp) f32 {
        return self.celsius * 9 / 5 + 32;
    }
};

fn hottest(temps: []const Temp) usize {
    var best: usize = 0;
    for (temps, 0..) |t, i| {
        if (t.celsius > temps[best].celsius) best = i;
    }
    return best;
}

pub fn main() void {
    const week = [_]Temp{ .{ .celsius = 21.5 }, .{ .celsius = 25 }, .{ .celsius = 19 } };
    const i: u8 = hottest(&week);
    std.debug.print("day {d}: {d:.1}F\n", .{ i, week[i].toF() });
}
