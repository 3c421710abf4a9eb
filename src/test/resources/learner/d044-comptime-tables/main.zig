const std = @import("std");

const squares = blk: {
    var t: [10]u32 = undefined;
    for (&t, 0..) |*v, i| v.* = @intCast(i * i);
    break :blk t;
};

fn crcTable() [16]u8 {
    var table: [16]u8 = undefined;
    for (0..16) |i| {
        var c: u8 = @intCast(i);
        for (0..4) |_| {
            c = if (c & 1 != 0) (c >> 1) ^ 0x0C else c >> 1;
        }
        table[i] = c;
    }
    return table;
}

const crc = crcTable();

fn isVowelTable() [128]bool {
    var t = [_]bool{false} ** 128;
    for ("aeiouAEIOU") |c| t[c] = true;
    return t;
}

const vowels = isVowelTable();

fn powersOfTwo(comptime n: usize) [n]u64 {
    comptime var out: [n]u64 = undefined;
    comptime var v: u64 = 1;
    inline for (0..n) |i| {
        out[i] = v;
        v *= 2;
    }
    return out;
}

pub fn main() void {
    std.debug.print("squares: {any}\n", .{squares});
    std.debug.print("crc table: {any}\n", .{crc});
    var count: usize = 0;
    for ("Comptime tables are neat") |c| {
        if (vowels[c]) count += 1;
    }
    std.debug.print("vowels: {d}\n", .{count});
    const p = powersOfTwo(8);
    std.debug.print("powers: {any}\n", .{p});
    comptime var total: u32 = 0;
    inline for (squares) |s| total += s;
    std.debug.print("sum of squares (comptime): {d}\n", .{total});
    const label = comptime std.fmt.comptimePrint("table has {d} entries", .{squares.len});
    std.debug.print("{s}\n", .{label});
}
