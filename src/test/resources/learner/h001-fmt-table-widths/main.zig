const std = @import("std");

const Color = enum { red, green, blue };
const Item = struct {
    name: []const u8,
    qty: u16,
    price: f32,
    color: Color,
};

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const items = [_]Item{
        .{ .name = "bolt", .qty = 120, .price = 0.25, .color = .red },
        .{ .name = "washer", .qty = 7, .price = 0.05, .color = .green },
        .{ .name = "hinge", .qty = 3, .price = 12.5, .color = .blue },
    };
    try out.print("|{s:<10}|{s:>5}|{s:^9}|{s:-^7}|\n", .{ "name", "qty", "price", "color" });
    for (items) |it| {
        try out.print("|{s:<10}|{d:>5}|{d:^9.2}|{s:-^7}|\n", .{ it.name, it.qty, it.price, @tagName(it.color) });
    }
    var total: f64 = 0;
    for (items) |it| total += @as(f64, it.price) * @as(f64, @floatFromInt(it.qty));
    try out.print("total={d:.3} sci={e} sci3={e:.3} plain={d}\n", .{ total, total, total, total });
    try out.print("hex={x:0>8} HEX={X} oct={o} bin={b:0>12}\n", .{ @as(u32, 48879), @as(u32, 48879), @as(u32, 8), @as(u16, 1234) });
    try out.print("neg={d:>6} neg0={d:0>6} plus={d:+>6}\n", .{ @as(i32, -42), @as(i32, -42), @as(i32, 42) });
    try out.print("char={c} u={u} bool={} {any}\n", .{ @as(u8, 'Z'), @as(u21, 0x263A), true, false });
    try out.print("enum={} {any} {s}\n", .{ Color.green, Color.blue, @tagName(Color.red) });
    const maybe: ?u8 = null;
    const some: ?u8 = 9;
    try out.print("opt={?} {?d:>3} {any}\n", .{ maybe, some, some });
    try out.print("item={any}\n", .{items[0]});
    try out.print("slice={any} {d}\n", .{ [_]u8{ 1, 2, 3 }, [_]i8{ -1, 0, 1 } });
    try out.print("str as bytes={any}\n", .{"hi"});
    try out.print("[{d:8.3}] [{d:<8.1}] [{d:*>10.4}]\n", .{ @as(f32, 3.14159), @as(f64, -2.5), @as(f64, 1.0 / 3.0) });
    try out.print("[{:>4}] [{:<4}] [{:^5}]\n", .{ @as(u8, 7), @as(i8, -7), @as(u64, 12) });
}
