const std = @import("std");

fn hexDump(data: []const u8) void {
    var offset: usize = 0;
    while (offset < data.len) : (offset += 8) {
        const row = data[offset..@min(offset + 8, data.len)];
        std.debug.print("{x:0>8}  ", .{offset});
        for (0..8) |i| {
            if (i < row.len) {
                std.debug.print("{x:0>2} ", .{row[i]});
            } else {
                std.debug.print("   ", .{});
            }
        }
        std.debug.print(" |", .{});
        for (row) |b| {
            const shown: u8 = if (std.ascii.isPrint(b)) b else '.';
            std.debug.print("{c}", .{shown});
        }
        std.debug.print("|\n", .{});
    }
}

pub fn main() void {
    const msg = "Hi, Zig!\n\tTab\x00end\xff";
    hexDump(msg);
    std.debug.print("lower: {}\n", .{std.fmt.fmtSliceHexLower("Zig\xfe")});
    std.debug.print("upper: {}\n", .{std.fmt.fmtSliceHexUpper("Zig\xfe")});
    std.debug.print("as {{x}}: {x}\n", .{"abc"});
    const checksum = blk: {
        var sum: u8 = 0;
        for (msg) |b| sum +%= b;
        break :blk sum;
    };
    std.debug.print("checksum {x:0>2}h ({d})\n", .{ checksum, checksum });
}
