const std = @import("std");

fn SlotMap(comptime T: type, comptime N: usize) type {
    return struct {
        const Self = @This();
        pub const Handle = struct { index: u16, gen: u16 };
        values: [N]T = undefined,
        gens: [N]u16 = [_]u16{0} ** N,
        used: [N]bool = [_]bool{false} ** N,

        fn insert(self: *Self, v: T) !Handle {
            for (&self.used, 0..) |*u, i| {
                if (!u.*) {
                    u.* = true;
                    self.values[i] = v;
                    return .{ .index = @intCast(i), .gen = self.gens[i] };
                }
            }
            return error.Full;
        }

        fn remove(self: *Self, h: Handle) bool {
            if (self.get(h) == null) return false;
            self.used[h.index] = false;
            self.gens[h.index] +%= 1;
            return true;
        }

        fn get(self: *Self, h: Handle) ?*T {
            if (!self.used[h.index] or self.gens[h.index] != h.gen) return null;
            return &self.values[h.index];
        }
    };
}

pub fn main() !void {
    const Map = SlotMap([]const u8, 3);
    var m = Map{};
    const a = try m.insert("alpha");
    const b = try m.insert("beta");
    std.debug.print("a={any} b={any}\n", .{ a, b });
    std.debug.print("remove a: {} again: {}\n", .{ m.remove(a), m.remove(a) });
    const c = try m.insert("gamma");
    std.debug.print("c={any} get(a)={?s} get(c)={?s}\n", .{ c, if (m.get(a)) |p| p.* else null, if (m.get(c)) |p| p.* else null });
    if (m.get(b)) |p| p.* = "BETA";
    std.debug.print("b now {s}\n", .{m.get(b).?.*});
    _ = try m.insert("delta");
    std.debug.print("{s}\n", .{@typeName(Map.Handle)});
    _ = try m.insert("epsilon");
}
