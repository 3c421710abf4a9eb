const std = @import("std");
const builtin = @import("builtin");
pub fn main() void {
    std.debug.print("{s} {s} {s} {}\n", .{ @tagName(builtin.cpu.arch), @tagName(builtin.os.tag), @tagName(builtin.abi), builtin.cpu.arch.endian() });
    std.debug.print("{} {} {}\n", .{ builtin.target.ptrBitWidth(), builtin.os.tag == .windows, builtin.target.cpu.arch.isX86() });
    const nl = if (builtin.os.tag == .windows) "\r\n" else "\n";
    std.debug.print("{d}{s}", .{ nl.len, nl });
    std.debug.print("{}\n", .{builtin.mode});
}
