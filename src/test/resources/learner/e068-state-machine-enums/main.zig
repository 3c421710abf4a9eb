const std = @import("std");

const State = enum { idle, running, paused, done };
const Event = enum { start, pause, resume_, finish, reset };

fn next(s: State, e: Event) error{InvalidTransition}!State {
    return switch (s) {
        .idle => switch (e) {
            .start => .running,
            else => error.InvalidTransition,
        },
        .running => switch (e) {
            .pause => .paused,
            .finish => .done,
            else => error.InvalidTransition,
        },
        .paused => switch (e) {
            .resume_ => .running,
            .reset => .idle,
            else => error.InvalidTransition,
        },
        .done => if (e == .reset) .idle else error.InvalidTransition,
    };
}

pub fn main() void {
    var s: State = .idle;
    const events = [_]Event{ .start, .pause, .finish, .resume_, .finish, .reset, .start };
    for (events) |e| {
        if (next(s, e)) |n| {
            std.debug.print("{s} --{s}--> {s}\n", .{ @tagName(s), @tagName(e), @tagName(n) });
            s = n;
        } else |err| {
            std.debug.print("{s} --{s}--> {s}\n", .{ @tagName(s), @tagName(e), @errorName(err) });
        }
    }
    var counts = std.EnumMap(State, u32){};
    counts.put(.idle, 1);
    counts.put(.done, 3);
    std.debug.print("{d} {?d} {}\n", .{ counts.count(), counts.get(.running), counts.contains(.done) });
    const all = std.enums.values(State);
    std.debug.print("{d} states, last {s}\n", .{ all.len, @tagName(all[all.len - 1]) });
    label: switch (s) {
        .idle => {
            std.debug.print("idle -> running\n", .{});
            continue :label .running;
        },
        .running => std.debug.print("running\n", .{}),
        else => {},
    }
}
