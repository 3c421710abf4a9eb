const std = @import("std");

const Level = enum { low, mid, high };
const E = error{ Timeout, Refused };

pub fn main() void {
    std.debug.print("{0s}-{1s}-{0s}\n", .{ "a", "b" });
    std.debug.print("{[who]s} is {[age]d} ({[who]s})\n", .{ .who = "Ann", .age = 41 });
    std.debug.print("{[v]d:>8.2}|{[v]e:.1}|\n", .{ .v = @as(f64, 1234.5678) });
    std.debug.print("{x} {X} {x:0>4} {b}\n", .{ @as(i16, -1), @as(i8, -128), @as(u16, 0xAB), @as(i8, -3) });
    std.debug.print("{c}{c}{c} {u} {u}\n", .{ 'Z', 'i', 'g', @as(u21, 0x1F600), @as(u21, 'é') });
    std.debug.print("{} {} {s}\n", .{ Level.mid, .high, @tagName(Level.low) });
    std.debug.print("{} {}\n", .{ E.Timeout, @as(anyerror, error.Refused) });
    const cstr: [*:0]const u8 = "c-string";
    std.debug.print("{s} {s}\n", .{ cstr, cstr[2..4] });
    const bytes = [_]u8{ 104, 105, 0, 255 };
    std.debug.print("{any} {s} {x}\n", .{ bytes, bytes[0..2], &bytes });
    std.debug.print("[{d:_^9.2}] [{d:+>7}] [{s:~<6}]\n", .{ @as(f32, 3.14159), @as(i32, -5), "ab" });
    std.debug.print("[{:>6}] [{:^7}] [{d:<5}]\n", .{ true, false, @as(u8, 9) });
    std.debug.print("{d} {d}\n", .{ @as(u1, 1), @as(i1, -1) });
    std.debug.print("{d:.0} {d:.0} {d:.0}\n", .{ @as(f64, 2.5), @as(f64, 3.5), @as(f64, -0.5) });
    std.debug.print("{e} {e} {e}\n", .{ @as(f64, 0.0001234), @as(f32, 5e10), @as(f64, -1) });
    std.debug.print("{x} {x}\n", .{ @as(f64, 1.5), @as(f32, -0.25) });
    std.debug.print("{{literal}} {s}%\n", .{"50"});
    std.debug.print("{?}\n", .{@as(?Level, null)});
    std.debug.print("{any}\n", .{.{ 1, "two", 3.0, Level.high, null }});
}
