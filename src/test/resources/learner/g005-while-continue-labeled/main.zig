const std = @import("std");

pub fn main() void {
    var i: usize = 0;
    var total: u32 = 0;
    while (i < 10) : (i += 1) {
        if (i % 3 == 0) continue;
        total += @intCast(i);
    }
    std.debug.print("total {d} i {d}\n", .{ total, i });

    var a: u32 = 1;
    var b: u32 = 1;
    while (b < 100) : ({
        const t = a + b;
        a = b;
        b = t;
    }) {
        std.debug.print("{d} ", .{b});
    }
    std.debug.print("\n", .{});

    const found = outer: {
        var r: usize = 0;
        while (r < 4) : (r += 1) {
            var c: usize = 0;
            while (c < 4) : (c += 1) {
                if (r * c == 6) break :outer .{ r, c };
            }
        }
        break :outer .{ 99, 99 };
    };
    std.debug.print("found {d},{d}\n", .{ found[0], found[1] });

    var n: u8 = 200;
    const steps = blk: {
        var s: u8 = 0;
        while (n != 1) : (s += 1) {
            n = if (n % 2 == 0) n / 2 else 3 * n + 1;
        }
        break :blk s;
    };
    std.debug.print("steps {d}\n", .{steps});
}
