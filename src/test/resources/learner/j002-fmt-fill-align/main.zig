const std = @import("std");

const Row = struct { name: []const u8, qty: u32, price: f64 };

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const rows = [_]Row{
        .{ .name = "apple", .qty = 3, .price = 0.5 },
        .{ .name = "watermelon", .qty = 1, .price = 3.25 },
        .{ .name = "fig", .qty = 12, .price = 0.125 },
    };
    try out.print("{s:<12}|{s:^7}|{s:>9}\n", .{ "item", "qty", "price" });
    try out.print("{s:-<12}+{s:-^7}+{s:->9}\n", .{ "", "", "" });
    var total: f64 = 0;
    for (rows) |r| {
        try out.print("{s:<12}|{d:^7}|{d:>9.2}\n", .{ r.name, r.qty, r.price });
        total += @as(f64, @floatFromInt(r.qty)) * r.price;
    }
    try out.print("{s:=>30}\n", .{""});
    try out.print("{s:*^12}|{d:_>7}|{d:>9.3}\n", .{ "total", rows.len, total });
    // fill characters and widths on integers
    try out.print("[{d:0>6}] [{d:<6}] [{d:^6}] [{d:>6}]\n", .{ 42, 42, 42, 42 });
    try out.print("[{d:0>6}] [{d:+>6}] [{d:6}]\n", .{ -42, -7, -1 });
    try out.print("[{x:0>8}] [{X:.>8}] [{b:0>8}] [{o:_<6}]\n", .{ 0xbeef, 0xbeef, 5, 64 });
    // precision on floats
    const v: f64 = 3.14159265;
    try out.print("{d:.0} {d:.1} {d:.3} {d:.6}\n", .{ v, v, v, v });
    try out.print("[{d:10.2}] [{d:<10.2}] [{d:^10.2}]\n", .{ v, v, v });
    try out.print("{e} {e:.2} {e:.0}\n", .{ v, v * 1000, 0.000123 });
    // strings with precision-less widths that are too short
    try out.print("[{s:3}] [{s:>3}]\n", .{ "toolong", "ab" });
    // characters
    try out.print("{c}{c}{c} [{c:>4}] [{c:-<3}]\n", .{ 'Z', 'i', 'g', 'x', 'y' });
    try out.print("{u} {u} [{u:>3}]\n", .{ @as(u21, 'é'), @as(u21, 0x1F600), @as(u21, 'λ') });
}
