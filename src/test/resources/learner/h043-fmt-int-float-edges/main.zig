const std = @import("std");

pub fn main() void {
    const vals = [_]i64{ 0, 1, -1, 255, -128, 65535, 1 << 40, std.math.maxInt(i64), std.math.minInt(i64) };
    for (vals) |v| {
        std.debug.print("[{d:>21}] [{x:>17}] [{X:0<6}] [{b:_>12}]\n", .{ v, v, v, @as(u8, @truncate(@as(u64, @bitCast(v)))) });
    }
    const u: u64 = 0xDEADBEEF;
    std.debug.print("{x} {X} {x:0>16} {o} {b}\n", .{ u, u, u, u, @as(u8, 0xA5) });
    std.debug.print("{d:^11}|{d:<5}|{d:>5}\n", .{ @as(i32, -7), @as(i32, 7), @as(i32, 7) });
    std.debug.print("{e:>12.3}|{e:<12.1}|{d:^12.4}|\n", .{ @as(f64, 12345.678), @as(f64, -0.000321), @as(f32, 2.71828) });
    std.debug.print("{s:>8}|{s:<8}|{s:^8}|{s:=^9}|\n", .{ "ab", "cd", "ef", "odd" });
    std.debug.print("{c:>3}|{c:<3}|{u:^5}|\n", .{ @as(u8, 'x'), @as(u8, 'y'), @as(u21, 'λ') });
    std.debug.print("{any:>5}|{?}|\n", .{ true, @as(?bool, null) });
    std.debug.print("{d:.0} {d:.0} {d:.0} {d:.1}\n", .{ @as(f64, 0.5), @as(f64, 1.5), @as(f64, 2.5), @as(f64, 0.05) });
    std.debug.print("{d:>6.2}% done\n", .{@as(f64, 99.555)});
    const width: usize = 7;
    std.debug.print("[{[0]d:>[1]}] [{[2]s:*<[3]}]\n", .{ @as(u32, 42), width, "pad", 5 });
    std.debug.print("{[a]s}-{[b]d}-{[a]s}\n", .{ .a = "x", .b = 9 });
    std.debug.print("{{literal}} {d}%\n", .{50});
    std.debug.print("{x}\n", .{"hex me"});
    std.debug.print("{s}\n", .{std.fmt.fmtSliceHexLower("\x01\xab")});
    std.debug.print("{}\n", .{std.fmt.fmtIntSizeBin(1536)});
    std.debug.print("{}\n", .{std.fmt.fmtIntSizeDec(1536)});
    std.debug.print("{}\n", .{std.fmt.fmtDuration(1_500_000_000)});
}
