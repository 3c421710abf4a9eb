const std = @import("std");

fn Pair(comptime A: type, comptime B: type) type {
    return struct { first: A, second: B };
}

fn List(comptime T: type) type {
    return struct {
        items: []const T,
        pub const Elem = T;
    };
}

fn Wrapper(comptime n: usize, comptime name: []const u8) type {
    return struct {
        data: [n]u8 = [_]u8{0} ** n,
        const label = name;
    };
}

const Mode = enum { fast, safe };

fn Tuned(comptime m: Mode, comptime flag: bool) type {
    return struct { m: Mode = m, f: bool = flag };
}

pub fn main() void {
    std.debug.print("{s}\n", .{@typeName(Pair(u8, []const u8))});
    std.debug.print("{s}\n", .{@typeName(Pair(?*i32, [3]f32))});
    std.debug.print("{s}\n", .{@typeName(List(Pair(u8, bool)))});
    std.debug.print("{s}\n", .{@typeName(List(List(u8)).Elem)});
    std.debug.print("{s}\n", .{@typeName(Wrapper(4, "buf"))});
    std.debug.print("{s} {s}\n", .{ @typeName(Tuned(.fast, true)), @typeName(Tuned(Mode.safe, false)) });
    std.debug.print("{s}\n", .{@typeName(std.ArrayList(Pair(i8, i8)))});
    std.debug.print("{s}\n", .{@typeName(std.StringHashMap(List(u8)))});
    std.debug.print("{s}\n", .{@typeName(std.AutoHashMap(u32, Mode))});
    std.debug.print("{s}\n", .{@typeName(*const fn (u8) anyerror!void)});
    std.debug.print("{s}\n", .{@typeName(error{ A, B }![]?*const u8)});
    std.debug.print("{s}\n", .{@typeName([*:0]const u8)});
    std.debug.print("{s}\n", .{@typeName([]align(4) u8)});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(.{ 1, "x" }))});
    std.debug.print("{s}\n", .{@typeName(std.meta.Tag(Mode))});
    const p = Pair(u8, bool){ .first = 1, .second = true };
    std.debug.print("{any}\n", .{p});
    const w = Wrapper(2, "w"){};
    std.debug.print("{s} {any}\n", .{ @TypeOf(w).label, w });
    std.debug.print("{any}\n", .{Tuned(.safe, true){}});
}
