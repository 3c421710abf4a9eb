const std = @import("std");

const Cmd = enum(u8) { nop = 0, inc = 1, dec = 2, dbl = 3, out = 4 };

fn exec(program: []const u8) i32 {
    var acc: i32 = 0;
    for (program) |byte| {
        const cmd: Cmd = @enumFromInt(byte);
        switch (cmd) {
            .nop => {},
            .inc => acc += 1,
            .dec => acc -= 1,
            .dbl => acc *= 2,
            .out => std.debug.print("acc = {d}\n", .{acc}),
        }
    }
    return acc;
}

pub fn main() void {
    std.debug.print("result {d}\n", .{exec(&.{ 1, 1, 3, 4, 2, 3, 4 })});
    if (std.meta.intToEnum(Cmd, 9)) |c| {
        std.debug.print("9 is {s}\n", .{@tagName(c)});
    } else |err| std.debug.print("9: {}\n", .{err});
    std.debug.print("result {d}\n", .{exec(&.{ 1, 4, 7 })});
}
