const std = @import("std");

fn Pair(comptime A: type, comptime B: type) type {
    return struct {
        first: A,
        second: B,
        const Self = @This();
        fn swap(self: Self) Pair(B, A) {
            return .{ .first = self.second, .second = self.first };
        }
    };
}

fn Matrix(comptime rows: usize, comptime cols: usize) type {
    return struct {
        data: [rows][cols]i32 = std.mem.zeroes([rows][cols]i32),
        fn transpose(self: @This()) Matrix(cols, rows) {
            var t: Matrix(cols, rows) = .{};
            for (0..rows) |r| {
                for (0..cols) |c| t.data[c][r] = self.data[r][c];
            }
            return t;
        }
    };
}

fn Wrapper(comptime T: type) type {
    return struct { inner: T };
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const p = Pair(u8, []const u8){ .first = 1, .second = "one" };
    const q = p.swap();
    try out.print("{s}\n{s}\n", .{ @typeName(@TypeOf(p)), @typeName(@TypeOf(q)) });
    try out.print("{}\n", .{p});
    var m: Matrix(2, 3) = .{};
    m.data[0][2] = 7;
    m.data[1][0] = -1;
    const t = m.transpose();
    try out.print("{s}: {any}\n", .{ @typeName(@TypeOf(t)), t.data });
    const Local = struct { v: u8 };
    try out.print("{s}\n", .{@typeName(Local)});
    try out.print("{s}\n", .{@typeName(Wrapper(Wrapper(bool)))});
    try out.print("{s}\n", .{@typeName(Wrapper(?*const [3]u8))});
    try out.print("{s} {s} {s}\n", .{ @typeName(error{A}!u8), @typeName(fn (u8) void), @typeName([]align(1) const u32) });
    try out.print("{}\n", .{Wrapper(Local){ .inner = .{ .v = 3 } }});
    const names = comptime blk: {
        var s: []const u8 = "";
        for (@typeInfo(Pair(i32, f32)).@"struct".fields) |fd| s = s ++ fd.name ++ ":" ++ @typeName(fd.type) ++ " ";
        break :blk s;
    };
    try out.print("{s}\n", .{names});
    try out.print("{s}\n", .{std.fmt.comptimePrint("{d}x{d} = {d}", .{ 6, 7, 6 * 7 })});
}
