const std = @import("std");

pub fn main() !void {
    const eq = std.array_hash_map.getTrivialEqlFn(u8, void);
    std.debug.print("3==3: {}\n", .{eq({}, 3, 3)});
    std.debug.print("3==4: {}\n", .{eq({}, 3, 4)});
    const eqp = std.array_hash_map.getTrivialEqlFn(*const u8, void);
    const v: u8 = 0;
    const w: u8 = 0;
    std.debug.print("pointers: {} {}\n", .{ eqp({}, &v, &v), eqp({}, &v, &w) });
}
