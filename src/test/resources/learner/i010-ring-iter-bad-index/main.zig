const std = @import("std");

fn Ring(comptime T: type, comptime N: usize) type {
    return struct {
        const Self = @This();
        buf: [N]T = undefined,
        head: usize = 0,
        len: usize = 0,

        fn push(self: *Self, v: T) ?T {
            const tail = (self.head + self.len) % N;
            if (self.len == N) {
                const lost = self.buf[self.head];
                self.buf[self.head] = v;
                self.head = (self.head + 1) % N;
                return lost;
            }
            self.buf[tail] = v;
            self.len += 1;
            return null;
        }

        fn shift(self: *Self) ?T {
            if (self.len == 0) return null;
            defer {
                self.head = (self.head + 1) % N;
                self.len -= 1;
            }
            return self.buf[self.head];
        }

        const Iter = struct {
            ring: *const Self,
            i: usize = 0,
            fn next(it: *Iter) ?T {
                if (it.i == it.ring.len) return null;
                defer it.i += 1;
                return it.ring.buf[(it.ring.head + it.i) % N];
            }
        };

        fn iter(self: *const Self) Iter {
            return .{ .ring = self };
        }

        fn at(self: *const Self, i: usize) T {
            return self.buf[self.head + i];
        }
    };
}

pub fn main() void {
    var r = Ring(u16, 4){};
    for ([_]u16{ 10, 20, 30, 40, 50, 60 }) |v| {
        if (r.push(v)) |lost| std.debug.print("push {d}: dropped {d}\n", .{ v, lost }) else std.debug.print("push {d}\n", .{v});
    }
    var it = r.iter();
    while (it.next()) |v| std.debug.print("{d} ", .{v});
    std.debug.print("\nshift -> {?d}, len {d}\n", .{ r.shift(), r.len });
    var avg: f32 = 0;
    var it2 = r.iter();
    while (it2.next()) |v| avg += @floatFromInt(v);
    std.debug.print("avg {d:.3}\n", .{avg / @as(f32, @floatFromInt(r.len))});
    var i: usize = 0;
    while (i < r.len) : (i += 1) std.debug.print("at({d}) = {d}\n", .{ i, r.at(i) });
}
