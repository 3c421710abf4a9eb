const std = @import("std");

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const bytes = [_]u8{ 0xde, 0xad, 0x00, 0xbe, 0xef, 0x0a };
    try out.print("lower {s}\n", .{std.fmt.fmtSliceHexLower(&bytes)});
    try out.print("upper {s}\n", .{std.fmt.fmtSliceHexUpper(&bytes)});
    try out.print("{x} | {X}\n", .{ &bytes, bytes[0..2] });
    const text = "tab\there \"quoted\"\nnew\x01line\\";
    try out.print("escaped: {s}\n", .{std.fmt.fmtSliceEscapeLower(text)});
    try out.print("ESCAPED: {s}\n", .{std.fmt.fmtSliceEscapeUpper("\xff\x7f ok")});
    const sizes = [_]u64{ 0, 999, 1000, 1024, 1536, 1_000_000, 5 * 1024 * 1024 * 1024 };
    for (sizes) |s| {
        try out.print("{d:>12} -> {:.2} / {:.1}\n", .{ s, std.fmt.fmtIntSizeDec(s), std.fmt.fmtIntSizeBin(s) });
    }
    const durations = [_]u64{ 0, 999, 1_500, 2_000_000, 3_600_000_000_000, 90_061_000_000_000 };
    for (durations) |d| try out.print("{d}ns = {}\n", .{ d, std.fmt.fmtDuration(d) });
    try out.print("signed {}\n", .{std.fmt.fmtDurationSigned(-1_250_000)});
    var hex: [12]u8 = undefined;
    const hx = try std.fmt.bufPrint(&hex, "{s}", .{std.fmt.fmtSliceHexLower(bytes[0..3])});
    var back: [3]u8 = undefined;
    const decoded = try std.fmt.hexToBytes(&back, hx);
    try out.print("roundtrip {s} -> {any}\n", .{ hx, decoded });
    const bad = std.fmt.hexToBytes(&back, "zz");
    try out.print("bad hex: {!any}\n", .{bad});
    const arr = std.fmt.bytesToHex([_]u8{ 1, 171 }, .upper);
    try out.print("bytesToHex {s}\n", .{&arr});
    try out.print("negative hex {x} {X} bin {b} oct {o}\n", .{ @as(i32, -255), @as(i16, -4096), @as(i8, -5), @as(i64, -8) });
}
