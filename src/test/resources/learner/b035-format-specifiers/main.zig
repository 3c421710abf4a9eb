const std = @import("std");

const Color = enum { red, green, blue };
const Point = struct { x: i32, y: i32 };

fn find(haystack: []const u8, c: u8) ?usize {
    return std.mem.indexOfScalar(u8, haystack, c);
}

fn half(n: u32) !u32 {
    if (n % 2 != 0) return error.Odd;
    return n / 2;
}

pub fn main() void {
    const n: u32 = 1234;
    std.debug.print("[{d:>8}] [{d:<8}] [{d:^8}] [{d:0>8}]\n", .{ n, n, n, n });
    std.debug.print("[{s:<10}] [{s:>10}] [{s:^10}]\n", .{ "left", "right", "mid" });
    std.debug.print("hex {x} {X} {x:0>4} {x:0>8}\n", .{ 255, 255, 0xab, n });
    std.debug.print("bin {b} {b:0>8} oct {o}\n", .{ 5, 5, 64 });
    std.debug.print("chars {c}{c}{c} and {u}\n", .{ 'Z', 'i', 'g', 0x263A });
    std.debug.print("any: {any} {any}\n", .{ [_]u8{ 1, 2, 3 }, Point{ .x = -1, .y = 2 } });
    std.debug.print("string as any: {any}\n", .{"hi"});
    std.debug.print("enum: {} {s}\n", .{ Color.green, @tagName(Color.blue) });
    std.debug.print("optional: {?} {?} {?d}\n", .{ find("zig", 'g'), find("zig", 'x'), find("abc", 'c') });
    std.debug.print("error union: {!} {!}\n", .{ half(10), half(7) });
    std.debug.print("floats: {d:.2} {d:.0} {e} {d:>9.3}|\n", .{ 3.14159, 2.5, 1234.5, -0.5 });
    std.debug.print("fill: [{s:*^12}] [{d:_>6}] [{d:.<6}]\n", .{ "zig", 42, 7 });
    std.debug.print("bool {} and {any}\n", .{ true, false });
    std.debug.print("escape {{braces}} stay\n", .{});
}
