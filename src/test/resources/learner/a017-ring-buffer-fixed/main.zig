const std = @import("std");

fn RingBuffer(comptime T: type, comptime capacity: usize) type {
    return struct {
        const Self = @This();
        data: [capacity]T = undefined,
        start: usize = 0,
        count: usize = 0,

        pub fn push(self: *Self, value: T) ?T {
            if (self.count < capacity) {
                self.data[(self.start + self.count) % capacity] = value;
                self.count += 1;
                return null;
            }
            const evicted = self.data[self.start];
            self.data[self.start] = value;
            self.start = (self.start + 1) % capacity;
            return evicted;
        }

        pub fn get(self: *const Self, i: usize) T {
            std.debug.assert(i < self.count);
            return self.data[(self.start + i) % capacity];
        }

        pub fn average(self: *const Self) f64 {
            if (self.count == 0) return 0;
            var sum: f64 = 0;
            for (0..self.count) |i| sum += @floatFromInt(self.get(i));
            return sum / @as(f64, @floatFromInt(self.count));
        }
    };
}

pub fn main() void {
    var window = RingBuffer(u32, 4){};
    const readings = [_]u32{ 10, 20, 30, 40, 50, 60, 5 };
    for (readings) |r| {
        if (window.push(r)) |old| {
            std.debug.print("push {d:>2} evicts {d:>2}", .{ r, old });
        } else {
            std.debug.print("push {d:>2}          ", .{r});
        }
        std.debug.print("  avg={d:.2}\n", .{window.average()});
    }
    std.debug.print("oldest to newest:", .{});
    for (0..window.count) |i| std.debug.print(" {d}", .{window.get(i)});
    std.debug.print("\nraw storage: {any}, start={d}\n", .{ window.data, window.start });
}
