const std = @import("std");

fn parseAge(s: []const u8) !u8 {
    const trimmed = std.mem.trim(u8, s, " ");
    const age = std.fmt.parseInt(u8, trimmed, 10) catch |err| switch (err) {
        error.InvalidCharacter => {
            std.debug.print("  '{s}' is not a number\n", .{s});
            return err;
        },
        error.Overflow => {
            std.debug.print("  '{s}' is too large for a u8\n", .{s});
            return err;
        },
    };
    if (age > 150) return error.Unrealistic;
    return age;
}

pub fn main() void {
    const inputs = [_][]const u8{ "42", " 7 ", "300", "-1", "abc", "", "151", "0" };
    for (inputs) |in| {
        if (parseAge(in)) |age| {
            std.debug.print("age ok: {d}\n", .{age});
        } else |err| {
            std.debug.print("age error: {s}\n", .{@errorName(err)});
        }
    }

    const prefixed = [_][]const u8{ "0x1F", "0b1010", "0o17", "123", "-0x10", "1_000_000" };
    for (prefixed, 0..) |p, i| {
        const v = std.fmt.parseInt(i32, p, 0) catch |err| {
            std.debug.print("prefixed[{d}] ({d} chars) -> {s}\n", .{ i, p.len, @errorName(err) });
            continue;
        };
        std.debug.print("prefixed[{d}] ({d} chars) -> {d}\n", .{ i, p.len, v });
    }

    const hex = std.fmt.parseUnsigned(u16, "beef", 16) catch unreachable;
    const bin = std.fmt.parseUnsigned(u8, "11111111", 2) catch unreachable;
    std.debug.print("hex beef = {d}, bin 11111111 = {d}\n", .{ hex, bin });
    if (std.fmt.parseUnsigned(u8, "100000000", 2)) |v| {
        std.debug.print("unexpected {d}\n", .{v});
    } else |err| std.debug.print("nine bits into u8: {}\n", .{err});
    if (std.fmt.parseUnsigned(u32, "-5", 10)) |v| {
        std.debug.print("unexpected {d}\n", .{v});
    } else |err| std.debug.print("negative unsigned: {}\n", .{err});
    std.debug.print("i8 min parses: {d}\n", .{std.fmt.parseInt(i8, "-128", 10) catch 0});
}
