const std = @import("std");

const Door = enum { open, closed, locked };
const Action = enum { push, pull, lock, unlock };

fn next(state: Door, action: Action) Door {
    return switch (state) {
        .open => switch (action) {
            .push => .closed,
            else => .open,
        },
        .closed => switch (action) {
            .pull => .open,
            .lock => .locked,
            else => .closed,
        },
        .locked => switch (action) {
            .unlock => .closed,
            .push, .pull => std.debug.panic("door is locked, cannot {s}", .{@tagName(action)}),
            .lock => unreachable,
        },
    };
}

pub fn main() void {
    var d: Door = .open;
    const script = [_]Action{ .push, .lock, .unlock, .pull, .push, .lock, .pull };
    for (script) |a| {
        d = next(d, a);
        std.debug.print("{s:<6} -> {s}\n", .{ @tagName(a), @tagName(d) });
    }
}
