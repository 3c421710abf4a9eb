const std = @import("std");

pub fn main() !void {
    const eq = std.array_hash_map.getTrivialEqlFn(u8, void);
    std.debug.print("3==3: {}\n", .{eq({}, 3, 3)});
    std.debug.print("3==4: {}\n", .{eq({}, 3, 4)});
    const eqp = std.array_hash_map.getTrivialEqlFn(*const u8, void);
    var v: u8 = 0;
    var w: u8 = 0;
    _ = .{ &v, &w };
    std.debug.print("pointers: {} {}\n", .{ eqp({}, &v, &v), eqp({}, &v, &w) });
}
