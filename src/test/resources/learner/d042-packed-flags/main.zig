const std = @import("std");

const Perms = packed struct(u9) {
    other_x: bool = false,
    other_w: bool = false,
    other_r: bool = false,
    group_x: bool = false,
    group_w: bool = false,
    group_r: bool = false,
    user_x: bool = false,
    user_w: bool = false,
    user_r: bool = false,

    fn fromOctal(mode: u9) Perms {
        return @bitCast(mode);
    }

    fn toOctal(self: Perms) u9 {
        return @bitCast(self);
    }

    fn render(self: Perms) [9]u8 {
        var out: [9]u8 = "---------".*;
        const bits: u9 = @bitCast(self);
        const letters = "rwx";
        for (0..9) |i| {
            const bit: u4 = @intCast(8 - i);
            if ((bits >> bit) & 1 == 1) out[i] = letters[i % 3];
        }
        return out;
    }
};

const Header = packed struct(u16) {
    version: u3,
    kind: enum(u2) { data, ack, ping, close },
    urgent: bool,
    length: u10,
};

pub fn main() void {
    const modes = [_]u9{ 0o755, 0o644, 0o700, 0o777, 0o000 };
    for (modes) |m| {
        const p = Perms.fromOctal(m);
        std.debug.print("{o:0>3} -> {s} user_w={}\n", .{ m, p.render(), p.user_w });
    }
    var p = Perms{ .user_r = true, .user_w = true, .group_r = true };
    std.debug.print("built {o:0>3}\n", .{p.toOctal()});
    p.other_r = true;
    std.debug.print("plus other_r {o:0>3} {s}\n", .{ p.toOctal(), p.render() });
    std.debug.print("size {d} bits, {d} bytes\n", .{ @bitSizeOf(Perms), @sizeOf(Perms) });

    const h = Header{ .version = 2, .kind = .ping, .urgent = true, .length = 300 };
    const raw: u16 = @bitCast(h);
    std.debug.print("header raw 0b{b:0>16} = {d}\n", .{ raw, raw });
    const back: Header = @bitCast(@as(u16, 0b0000011111_0_01_001));
    std.debug.print("decoded v{d} {s} urgent={} len={d}\n", .{ back.version, @tagName(back.kind), back.urgent, back.length });
}
