const std = @import("std");

const Settings = struct {
    volume: u8 = 50,
    muted: bool = false,
    name: []const u8 = "default",
    eq: [3]i8 = .{ 0, 0, 0 },
    limits: struct { lo: u8 = 0, hi: u8 = 100 } = .{},
};

pub fn main() void {
    const a = Settings{};
    const b = Settings{ .volume = 80, .eq = .{ 1, -2, 3 } };
    const z = std.mem.zeroes(Settings);
    const zi = std.mem.zeroInit(Settings, .{ .volume = 7 });
    inline for (.{ a, b, z, zi }, 0..) |s, i| {
        std.debug.print("{d}: vol {d} muted {} name '{s}' eq {any} limits {d}..{d}\n", .{ i, s.volume, s.muted, s.name, s.eq, s.limits.lo, s.limits.hi });
    }
    var c = a;
    c.limits.hi = 11;
    c.eq[1] = 5;
    std.debug.print("{} {}\n", .{ std.meta.eql(a, c), std.meta.eql(a, Settings{}) });
    std.debug.print("{d} {d}\n", .{ a.limits.hi, c.limits.hi });
    var v: u8 = c.volume;
    v += c.limits.hi * 20;
    std.debug.print("{d}\n", .{v});
}
