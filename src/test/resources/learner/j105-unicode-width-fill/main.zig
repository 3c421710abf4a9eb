const std = @import("std");
pub fn main() void {
    std.debug.print("[{s:>7}] [{s:<7}] [{s:*^7}] [{s:>3}]\n", .{ "héllo", "日本", "ü", "日本語x" });
    std.debug.print("[{s:>4}]\n", .{"a\xffb"});
    std.debug.print("[{c:>3}] [{u:_<4}]\n", .{ 'x', @as(u21, '日') });
    std.debug.print("[{s:ü>6}] [{d:é^7}]\n", .{ "ab", 42 });
    std.debug.print("{s}\n", .{"tab\there"});
    var buf: [32]u8 = undefined;
    const s = std.fmt.bufPrint(&buf, "{s:>8}|", .{"ñ"}) catch unreachable;
    std.debug.print("{s} {d}\n", .{ s, s.len });
}
