const std = @import("std");

const upper_table: [256]u8 = blk: {
    var t: [256]u8 = undefined;
    for (&t, 0..) |*slot, i| {
        const c: u8 = @intCast(i);
        slot.* = if (c >= 'a' and c <= 'z') c - 32 else c;
    }
    break :blk t;
};

fn makeHexTable() [256]u8 {
    var t = [_]u8{0xff} ** 256;
    for ("0123456789", 0..) |c, v| t[c] = @intCast(v);
    for ("abcdef", 10..) |c, v| t[c] = @intCast(v);
    for ("ABCDEF", 10..) |c, v| t[c] = @intCast(v);
    return t;
}
const hex_table = makeHexTable();

const popcount_table = blk: {
    @setEvalBranchQuota(5000);
    var t: [256]u8 = undefined;
    for (0..256) |i| {
        var n: usize = i;
        var bits: u8 = 0;
        while (n != 0) : (n >>= 1) bits += @intCast(n & 1);
        t[i] = bits;
    }
    break :blk t;
};

fn parseHex(s: []const u8) !u32 {
    var v: u32 = 0;
    for (s) |c| {
        const d = hex_table[c];
        if (d == 0xff) return error.BadDigit;
        v = v * 16 + d;
    }
    return v;
}

pub fn main() void {
    var buf: [32]u8 = undefined;
    const text = "hello, comptime tables!";
    for (text, 0..) |c, i| buf[i] = upper_table[c];
    std.debug.print("{s}\n", .{buf[0..text.len]});

    for ([_][]const u8{ "ff", "1A2b", "cafe", "xyz" }) |s| {
        if (parseHex(s)) |v| {
            std.debug.print("{s} = {d}\n", .{ s, v });
        } else |err| {
            std.debug.print("{s}: {s}\n", .{ s, @errorName(err) });
        }
    }

    var total: u32 = 0;
    for ("Zig!") |c| total += popcount_table[c];
    std.debug.print("bits set in \"Zig!\": {d}\n", .{total});
    std.debug.print("popcount[255]={d} popcount[85]={d}\n", .{ popcount_table[255], popcount_table[0x55] });
    std.debug.print("table sizes: {d} {d} {d}\n", .{ upper_table.len, hex_table.len, @sizeOf(@TypeOf(popcount_table)) });
}
