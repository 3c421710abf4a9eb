const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try std.fmt.formatInt(@as(i32, -255), 16, .upper, .{ .width = 8, .fill = '0' }, w);
    try w.writeByte('|');
    try std.fmt.formatInt(@as(u8, 5), 2, .lower, .{ .width = 8, .fill = '.', .alignment = .right }, w);
    try w.writeByte('|');
    try std.fmt.format(w, "{s:>6}|{d:<4}|", .{ "ab", 7 });
    std.debug.print("{s}\n", .{fbs.getWritten()});
    var small: [8]u8 = undefined;
    const n = std.fmt.formatIntBuf(&small, @as(u32, 48879), 16, .lower, .{});
    std.debug.print("{s} ({d})\n", .{ small[0..n], n });
    const digits = std.fmt.digits2(7);
    std.debug.print("{s}\n", .{&digits});
    const s = try std.fmt.bufPrint(&buf, "{d:>5.1}%", .{@as(f32, 12.345)});
    std.debug.print("{s}\n", .{s});
    std.debug.print("[{:>8}] [{:<8}] [{?:^8}]\n", .{ true, false, @as(?bool, null) });
    std.debug.print("[{any:>8}]\n", .{@as(u8, 9)});
    std.debug.print("[{s:_^9}]\n", .{"mid"});
    std.debug.print("[{x:>6}] [{o:0>4}]\n", .{ @as(u16, 255), @as(u8, 8) });
}
