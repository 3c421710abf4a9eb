const std = @import("std");

fn show(out: anytype, comptime T: type, text: []const u8, base: u8) !void {
    if (std.fmt.parseInt(T, text, base)) |v| {
        try out.print("parseInt({s}, \"{s}\", {d}) = {d}\n", .{ @typeName(T), text, base, v });
    } else |err| {
        try out.print("parseInt({s}, \"{s}\", {d}) -> {s}\n", .{ @typeName(T), text, base, @errorName(err) });
    }
}

fn showFloat(out: anytype, text: []const u8) !void {
    const r = std.fmt.parseFloat(f64, text);
    try out.print("parseFloat(\"{s}\") = {!d}\n", .{ text, r });
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    try show(out, u8, "255", 10);
    try show(out, u8, "256", 10);
    try show(out, i8, "-128", 10);
    try show(out, i8, "-129", 10);
    try show(out, u16, "ff", 16);
    try show(out, u16, "0xff", 0);
    try show(out, u16, "0b1011", 0);
    try show(out, u16, "0o17", 0);
    try show(out, i32, "1_000_000", 10);
    try show(out, i32, "", 10);
    try show(out, i32, "12a", 10);
    try show(out, u32, "-5", 10);
    try show(out, i32, "+17", 10);
    try show(out, u64, "zz", 36);
    try showFloat(out, "3.5");
    try showFloat(out, "-0.25e2");
    try showFloat(out, "1e400");
    try showFloat(out, "abc");
    try showFloat(out, "");
    try showFloat(out, "inf");
    const u = try std.fmt.parseUnsigned(u8, "200", 10);
    try out.print("unsigned {d}\n", .{u});
    const bad = std.fmt.parseUnsigned(u8, "-1", 10);
    try out.print("unsigned bad {!d}\n", .{bad});
    const d = std.fmt.charToDigit('f', 16) catch 99;
    const e = std.fmt.charToDigit('g', 16) catch 99;
    try out.print("digits {d} {d}\n", .{ d, e });
    const n = try std.fmt.parseInt(i64, "-9223372036854775808", 10);
    try out.print("min i64 {d}\n", .{n});
}
