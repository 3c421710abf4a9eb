const std = @import("std");

const Stats = std.meta.Tuple(&.{ f64, f64, usize });

fn stats(values: []const f64) Stats {
    var sum: f64 = 0;
    var max: f64 = -std.math.inf(f64);
    for (values) |v| {
        sum += v;
        max = @max(max, v);
    }
    return .{ sum / @as(f64, @floatFromInt(values.len)), max, values.len };
}

fn splitOnce(s: []const u8, sep: u8) ?std.meta.Tuple(&.{ []const u8, []const u8 }) {
    const i = std.mem.indexOfScalar(u8, s, sep) orelse return null;
    return .{ s[0..i], s[i + 1 ..] };
}

pub fn main() void {
    const r = stats(&.{ 2.5, 4.0, 1.5 });
    std.debug.print("mean {d:.3} max {d} n {d}\n", .{ r[0], r[1], r[2] });
    std.debug.print("{s}\n", .{@typeName(Stats)});
    std.debug.print("{any}\n", .{r});
    const mean, const max, _ = r;
    std.debug.print("{d} {d}\n", .{ mean, max });
    for ([_][]const u8{ "key=value", "novalue", "a=b=c" }) |line| {
        if (splitOnce(line, '=')) |kv| {
            std.debug.print("{s} -> {s}\n", .{ kv[0], kv[1] });
        } else {
            std.debug.print("{s}: no separator\n", .{line});
        }
    }
    std.debug.print("{s}\n", .{@typeName(@TypeOf(splitOnce("", 'x')))});
    inline for (std.meta.fields(Stats)) |f| std.debug.print("{s}:{s} ", .{ f.name, @typeName(f.type) });
    std.debug.print("\n", .{});
}
