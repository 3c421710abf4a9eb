const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    const p: *const u8 = @ptrFromInt(0x1000);
    try fmt.formatAddress(p, .{}, w);
    std.debug.print("single ptr: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    const s: []const u16 = @as([*]const u16, @ptrFromInt(0x2000))[0..3];
    try fmt.formatAddress(s, .{}, w);
    std.debug.print("slice: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    const o: ?*const i32 = @ptrFromInt(0x30);
    try fmt.formatAddress(o, .{}, w);
    std.debug.print("optional: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    const n: ?*const i32 = null;
    try fmt.formatAddress(n, .{}, w);
    std.debug.print("null: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
}
