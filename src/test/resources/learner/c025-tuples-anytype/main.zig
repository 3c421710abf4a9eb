const std = @import("std");

fn describeAll(args: anytype) void {
    const info = @typeInfo(@TypeOf(args)).@"struct";
    std.debug.print("{d} args, tuple={}\n", .{ args.len, info.is_tuple });
    inline for (args, 0..) |arg, i| {
        const T = @TypeOf(arg);
        switch (@typeInfo(T)) {
            .int, .comptime_int => std.debug.print("  [{d}] int {d}\n", .{ i, arg }),
            .float, .comptime_float => std.debug.print("  [{d}] float {d}\n", .{ i, arg }),
            .bool => std.debug.print("  [{d}] bool {}\n", .{ i, arg }),
            .pointer => std.debug.print("  [{d}] string \"{s}\"\n", .{ i, arg }),
            else => std.debug.print("  [{d}] other {s}\n", .{ i, @typeName(T) }),
        }
    }
}

fn sumAll(args: anytype) i64 {
    var total: i64 = 0;
    inline for (args) |a| total += a;
    return total;
}

pub fn main() void {
    const t = .{ 42, "hello", true, 2.5 };
    std.debug.print("t.len = {d}, t[1] = {s}, t[3] = {d}\n", .{ t.len, t[1], t[3] });
    describeAll(t);
    describeAll(.{ @as(u8, 7), -3, null });

    const Record = struct { []const u8, u32, f32 };
    const rows = [_]Record{ .{ "ann", 31, 1.62 }, .{ "bo", 25, 1.80 }, .{ "cy", 40, 1.75 } };
    for (rows) |row| {
        std.debug.print("{s:<4} {d:>3} {d:.2}\n", .{ row[0], row[1], row[2] });
    }
    var oldest = rows[0];
    for (rows[1..]) |row| {
        if (row[1] > oldest[1]) oldest = row;
    }
    std.debug.print("oldest: {s}\n", .{oldest[0]});

    std.debug.print("sum = {d}\n", .{sumAll(.{ 1, 2, 3, @as(i32, -10), @as(u16, 500) })});
    const joined = .{ 1, 2 } ++ .{ "three", 4 };
    std.debug.print("joined has {d} items, third is {s}\n", .{ joined.len, joined[2] });
    const rep = .{'x'} ** 3;
    std.debug.print("rep: {c}{c}{c}\n", rep);
}
