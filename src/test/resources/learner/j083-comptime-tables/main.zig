const std = @import("std");

const crc_table = blk: {
    @setEvalBranchQuota(5000);
    var table: [16]u8 = undefined;
    for (&table, 0..) |*entry, i| {
        var c: u8 = @intCast(i);
        for (0..4) |_| c = if (c & 1 != 0) (c >> 1) ^ 0x0C else c >> 1;
        entry.* = c;
    }
    break :blk table;
};

fn fib(comptime n: u32) u64 {
    var a: u64 = 0;
    var b: u64 = 1;
    for (0..n) |_| {
        const t = a + b;
        a = b;
        b = t;
    }
    return a;
}

const primes = blk: {
    var list: [10]u32 = undefined;
    var count: usize = 0;
    var n: u32 = 2;
    while (count < list.len) : (n += 1) {
        var is_prime = true;
        var d: u32 = 2;
        while (d * d <= n) : (d += 1) {
            if (n % d == 0) {
                is_prime = false;
                break;
            }
        }
        if (is_prime) {
            list[count] = n;
            count += 1;
        }
    }
    break :blk list;
};

const Names = [_][]const u8{ "zero", "one", "two" };
const name_lengths = blk: {
    var lens: [Names.len]usize = undefined;
    for (Names, 0..) |n, i| lens[i] = n.len;
    break :blk lens;
};

pub fn main() void {
    std.debug.print("{x}\n", .{crc_table});
    std.debug.print("fib(50) = {d}, fib(90) = {d}\n", .{ comptime fib(50), comptime fib(90) });
    std.debug.print("{any}\n", .{primes});
    std.debug.print("{any} {s}\n", .{ name_lengths, @typeName(@TypeOf(name_lengths)) });
    const label = comptime std.fmt.comptimePrint("{s}-{d}", .{ Names[2], primes[3] });
    std.debug.print("{s} {d}\n", .{ label, label.len });
}
