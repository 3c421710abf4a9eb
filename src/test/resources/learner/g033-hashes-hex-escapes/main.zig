const std = @import("std");

pub fn main() !void {
    const msg = "The quick brown fox";
    std.debug.print("crc32   {x:0>8}\n", .{std.hash.Crc32.hash(msg)});
    std.debug.print("adler32 {x:0>8}\n", .{std.hash.Adler32.hash(msg)});
    std.debug.print("fnv1a32 {x:0>8}\n", .{std.hash.Fnv1a_32.hash(msg)});
    std.debug.print("fnv1a64 {x:0>16}\n", .{std.hash.Fnv1a_64.hash(msg)});
    std.debug.print("wyhash  {x}\n", .{std.hash.Wyhash.hash(0, msg)});
    std.debug.print("hex     {s}\n", .{std.fmt.fmtSliceHexLower(msg[0..5])});
    std.debug.print("HEX     {s}\n", .{std.fmt.fmtSliceHexUpper("\x00\xff\x10")});
    const hex = std.fmt.bytesToHex("Zig!", .lower);
    std.debug.print("bytesToHex {s} len {d}\n", .{ &hex, hex.len });
    var out: [4]u8 = undefined;
    const back = try std.fmt.hexToBytes(&out, "5a696721");
    std.debug.print("hexToBytes {s}\n", .{back});
    var crc = std.hash.Crc32.init();
    crc.update("The quick ");
    crc.update("brown fox");
    std.debug.print("incremental {x:0>8}\n", .{crc.final()});
    var sum: u8 = 0;
    for (msg) |c| sum +%= c;
    std.debug.print("checksum {d} {b:0>8}\n", .{ sum, ~sum });
    var bad: [2]u8 = undefined;
    _ = try std.fmt.hexToBytes(&bad, "zz11");
}
