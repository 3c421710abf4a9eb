const std = @import("std");

const Reading = struct {
    sensor: []const u8,
    raw: u32,
    value: f64,
};

pub fn main() void {
    const readings = [_]Reading{
        .{ .sensor = "temp", .raw = 0xBEEF, .value = 21.456789 },
        .{ .sensor = "pressure", .raw = 48, .value = 101325.0 },
        .{ .sensor = "humid", .raw = 0x7, .value = 0.000123 },
    };
    std.debug.print("{s:-^40}\n", .{" report "});
    std.debug.print("{s:<10}|{s:>10}|{s:>12}\n", .{ "sensor", "raw", "value" });
    for (readings) |r| {
        std.debug.print("{s:<10}|  {x:0>8}|{d:>12.3}\n", .{ r.sensor, r.raw, r.value });
    }
    std.debug.print("{s:=<40}\n", .{""});
    for (readings) |r| {
        std.debug.print("{s}: sci={e} sci3={e:.3} hexU={X} bin={b:0>8} oct={o}\n", .{ r.sensor, r.value, r.value, r.raw, r.raw & 0xff, r.raw });
    }
    const ratio: f32 = 2.0 / 3.0;
    std.debug.print("ratio {d:.3} {d:.0} {d} {d:*>10.2}\n", .{ ratio, ratio * 30, ratio, ratio });
    std.debug.print("char {c} {c}, unicode {u}\n", .{ 'Z', 65, 0x263A });
    std.debug.print("neg {d:>6} {d:0>6}\n", .{ @as(i32, -42), @as(i32, 42) });
    std.debug.print("bool {} opt {?d} {?d} err {!d}\n", .{ true, @as(?u8, 5), @as(?u8, null), @as(anyerror!u8, error.Nope) });
}
