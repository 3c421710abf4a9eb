const std = @import("std");

const State = enum { start, digits, dot, fraction, done, fail };

fn scanNumber(s: []const u8) struct { State, usize } {
    var i: usize = 0;
    const final: State = sw: switch (State.start) {
        .start => {
            if (i < s.len and (s[i] == '-' or s[i] == '+')) i += 1;
            continue :sw .digits;
        },
        .digits => {
            const begin = i;
            while (i < s.len and std.ascii.isDigit(s[i])) i += 1;
            if (i == begin) continue :sw .fail;
            if (i < s.len and s[i] == '.') continue :sw .dot;
            continue :sw .done;
        },
        .dot => {
            i += 1;
            continue :sw .fraction;
        },
        .fraction => {
            const begin = i;
            while (i < s.len and std.ascii.isDigit(s[i])) i += 1;
            break :sw if (i == begin) .fail else .done;
        },
        .done, .fail => |st| break :sw st,
    };
    return .{ final, i };
}

pub fn main() void {
    const inputs = [_][]const u8{ "42", "-3.14", "+.5", "7.", "12ab", "" };
    for (inputs) |in| {
        const st, const used = scanNumber(in);
        std.debug.print("{s:<6} -> {s} after {d}\n", .{ in, @tagName(st), used });
    }
    var n: u32 = 0;
    loop: switch (n) {
        0...4 => {
            n += 2;
            continue :loop n;
        },
        else => std.debug.print("stopped at {d}\n", .{n}),
    }
}
