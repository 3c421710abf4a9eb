const std = @import("std");

pub fn main() void {
    var table: [256]u8 = undefined;
    for (&table, 0..) |*slot, i| slot.* = @intCast(i);
    std.debug.print("{d} {d}\n", .{ table[0], table[255] });
    var checksum: u8 = 0;
    for (table) |v| checksum +%= v;
    std.debug.print("checksum {d}\n", .{checksum});
    var codes: [300]u8 = undefined;
    for (&codes, 0..) |*c, i| {
        c.* = @intCast(i);
    }
    std.debug.print("{d}\n", .{codes[299]});
}
