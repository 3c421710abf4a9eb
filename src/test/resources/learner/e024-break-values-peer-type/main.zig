const std = @import("std");
fn find(words: []const []const u8, n: usize) ?[]const u8 {
    const r = for (words) |w| {
        if (w.len == n) break w;
    } else null;
    return r;
}
pub fn main() void {
    const words = [_][]const u8{ "apple", "kiwi", "banana" };
    std.debug.print("{?s} {?s}\n", .{ find(&words, 4), find(&words, 9) });
    var i: u8 = 0;
    const x = blk: {
        if (i > 3) break :blk @as(u16, 500);
        i += 1;
        break :blk i;
    };
    std.debug.print("{} {s}\n", .{ x, @typeName(@TypeOf(x)) });
    const y = while (i < 10) : (i += 1) {
        if (i == 7) break i;
    } else 100;
    std.debug.print("{} {s}\n", .{ y, @typeName(@TypeOf(y)) });
    const e = blk: {
        if (i == 0) break :blk error.Nope;
        break :blk @as(u32, 5);
    };
    std.debug.print("{!} {s}\n", .{ e, @typeName(@TypeOf(e)) });
    const z = inline for (.{ 1, 2, 3 }) |k| {
        if (k == 2) break @as(u8, k);
    } else null;
    std.debug.print("{?} {s}\n", .{ z, @typeName(@TypeOf(z)) });
    const c = blk: {
        if (i == 1) break :blk @as(f32, 1);
        break :blk 2.5;
    };
    std.debug.print("{} {s}\n", .{ c, @typeName(@TypeOf(c)) });
}
