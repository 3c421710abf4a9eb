const std = @import("std");

const Permissions = struct {
    bits: u32 = 0,

    fn grant(self: *Permissions, bit: usize) void {
        self.bits |= @as(u32, 1) << @intCast(bit);
    }
    fn has(self: Permissions, bit: usize) bool {
        return self.bits & (@as(u32, 1) << @intCast(bit)) != 0;
    }
};

pub fn main() void {
    var p = Permissions{};
    for ([_]usize{ 0, 3, 31 }) |b| p.grant(b);
    std.debug.print("bits = 0x{x:0>8}, has 3: {}, has 4: {}\n", .{ p.bits, p.has(3), p.has(4) });
    std.debug.print("rotl: 0x{x}\n", .{std.math.rotl(u32, p.bits, 4)});
    const mask: u32 = ~p.bits;
    std.debug.print("inverted: 0x{x}, highest granted: {d}\n", .{ mask, 31 - @clz(p.bits) });
    p.grant(32);
    std.debug.print("never printed {d}\n", .{p.bits});
}
