const std = @import("std");

const ParseError = error{ Empty, BadChar, TooLong };
const RangeError = error{ TooSmall, TooBig };
const InputError = ParseError || RangeError;

fn parseDigits(s: []const u8) ParseError!u32 {
    if (s.len == 0) return error.Empty;
    if (s.len > 6) return error.TooLong;
    var v: u32 = 0;
    for (s) |c| {
        if (c < '0' or c > '9') return ParseError.BadChar;
        v = v * 10 + (c - '0');
    }
    return v;
}

fn parseAge(s: []const u8) InputError!u8 {
    const v = try parseDigits(s);
    if (v < 1) return error.TooSmall;
    if (v > 150) return error.TooBig;
    return @intCast(v);
}

fn ageOrDefault(s: []const u8) u8 {
    return parseAge(s) catch |err| switch (err) {
        error.Empty => 18,
        error.TooSmall, error.TooBig => blk: {
            std.debug.print("  clamping out-of-range '{s}'\n", .{s});
            break :blk if (err == error.TooSmall) 1 else 150;
        },
        else => 0,
    };
}

pub fn main() void {
    const inputs = [_][]const u8{ "42", "", "7x", "0", "9999", "1234567", "150" };
    for (inputs) |s| {
        if (parseAge(s)) |age| {
            std.debug.print("'{s}' -> age {d}\n", .{ s, age });
        } else |err| {
            const kind = switch (err) {
                error.Empty, error.BadChar, error.TooLong => "parse",
                error.TooSmall, error.TooBig => "range",
            };
            std.debug.print("'{s}' -> {s} error {s}\n", .{ s, kind, @errorName(err) });
        }
    }
    std.debug.print("defaults:", .{});
    for (inputs) |s| std.debug.print(" {d}", .{ageOrDefault(s)});
    std.debug.print("\n", .{});
    std.debug.print("InputError has {d} errors\n", .{@typeInfo(InputError).error_set.?.len});
    const e: anyerror = InputError.TooBig;
    std.debug.print("{} {s}\n", .{ e == error.TooBig, @errorName(e) });
}
