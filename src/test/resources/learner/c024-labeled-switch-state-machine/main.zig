const std = @import("std");

const Token = struct {
    kind: enum { number, ident, op },
    text: []const u8,
};

fn tokenize(src: []const u8, out: []Token) usize {
    var n: usize = 0;
    var i: usize = 0;
    var start: usize = 0;
    state: switch (@as(enum { start, number, ident, done }, .start)) {
        .start => {
            if (i >= src.len) continue :state .done;
            const c = src[i];
            start = i;
            i += 1;
            switch (c) {
                ' ' => continue :state .start,
                '0'...'9' => continue :state .number,
                'a'...'z', '_' => continue :state .ident,
                else => {
                    out[n] = .{ .kind = .op, .text = src[start..i] };
                    n += 1;
                    continue :state .start;
                },
            }
        },
        .number => {
            if (i < src.len and std.ascii.isDigit(src[i])) {
                i += 1;
                continue :state .number;
            }
            out[n] = .{ .kind = .number, .text = src[start..i] };
            n += 1;
            continue :state .start;
        },
        .ident => {
            if (i < src.len and (std.ascii.isAlphanumeric(src[i]) or src[i] == '_')) {
                i += 1;
                continue :state .ident;
            }
            out[n] = .{ .kind = .ident, .text = src[start..i] };
            n += 1;
            continue :state .start;
        },
        .done => {},
    }
    return n;
}

fn collatzSteps(start: u64) u32 {
    var steps: u32 = 0;
    var n = start;
    sw: switch (n % 2) {
        0 => {
            if (n == 1) break :sw;
            n /= 2;
            steps += 1;
            continue :sw n % 2;
        },
        else => {
            if (n == 1) break :sw;
            n = 3 * n + 1;
            steps += 1;
            continue :sw n % 2;
        },
    }
    return steps;
}

pub fn main() void {
    var toks: [32]Token = undefined;
    const n = tokenize("x1 = 42 + foo_bar*7", &toks);
    for (toks[0..n]) |t| std.debug.print("{s:<6} '{s}'\n", .{ @tagName(t.kind), t.text });
    for ([_]u64{ 1, 6, 7, 27 }) |s| std.debug.print("collatz({d}) = {d} steps\n", .{ s, collatzSteps(s) });
}
