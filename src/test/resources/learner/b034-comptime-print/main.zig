const std = @import("std");

const columns = [_][]const u8{ "name", "lang", "stars" };
const width = 10;

fn header() []const u8 {
    comptime var line: []const u8 = "|";
    inline for (columns) |c| {
        line = line ++ std.fmt.comptimePrint(" {s: <" ++ std.fmt.comptimePrint("{d}", .{width}) ++ "}|", .{c});
    }
    return line;
}

const ruler = "+" ++ ("-" ** (width + 1) ++ "+") ** columns.len;
const row_fmt = "| {s: <10}| {s: <10}| {d: >10}|\n";

fn Vec(comptime n: usize) type {
    return struct {
        pub const name = std.fmt.comptimePrint("Vec{d}", .{n});
        data: [n]f32,
    };
}

pub fn main() void {
    std.debug.print("{s}\n{s}\n{s}\n", .{ ruler, comptime header(), ruler });
    std.debug.print(row_fmt, .{ "zig", "Zig", 38000 });
    std.debug.print(row_fmt, .{ "tigerbeetle", "Zig", 12000 });
    std.debug.print(row_fmt, .{ "bun", "Zig", 75000 });
    std.debug.print("{s}\n", .{ruler});

    const msg = comptime std.fmt.comptimePrint("{d} columns, width {d}, ruler {d} chars", .{ columns.len, width, ruler.len });
    std.debug.print("{s}\n", .{msg});
    std.debug.print("{s} {s} {d}\n", .{ Vec(2).name, Vec(3).name, msg.len });
    const version = std.fmt.comptimePrint("v{d}.{d}.{d}", .{ 0, 14, 0 });
    std.debug.print("{s} has type {s}\n", .{ version, @typeName(@TypeOf(version)) });
}
