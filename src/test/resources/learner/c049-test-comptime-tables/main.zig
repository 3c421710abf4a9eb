const std = @import("std");
const testing = std.testing;

const rot13_table: [256]u8 = blk: {
    var t: [256]u8 = undefined;
    for (0..256) |i| {
        const c: u8 = @intCast(i);
        t[i] = switch (c) {
            'a'...'z' => 'a' + (c - 'a' + 13) % 26,
            'A'...'Z' => 'A' + (c - 'A' + 13) % 26,
            else => c,
        };
    }
    break :blk t;
};

fn rot13(buf: []u8) void {
    for (buf) |*c| c.* = rot13_table[c.*];
}

fn isPrimeTable(comptime n: usize) [n]bool {
    @setEvalBranchQuota(n * n);
    var sieve = [_]bool{true} ** n;
    sieve[0] = false;
    sieve[1] = false;
    var i: usize = 2;
    while (i * i < n) : (i += 1) {
        if (!sieve[i]) continue;
        var j = i * i;
        while (j < n) : (j += i) sieve[j] = false;
    }
    return sieve;
}

const primes = isPrimeTable(200);

comptime {
    if (!primes[197] or primes[199 - 1]) @compileError("sieve is wrong");
}

test "rot13 twice is identity" {
    var msg = "Hello, Zig!".*;
    rot13(&msg);
    try testing.expectEqualStrings("Uryyb, Mvt!", &msg);
    rot13(&msg);
    try testing.expectEqualStrings("Hello, Zig!", &msg);
}

test "prime table" {
    var count: usize = 0;
    for (primes) |p| {
        if (p) count += 1;
    }
    try testing.expectEqual(@as(usize, 46), count);
    try testing.expect(primes[2] and primes[101] and !primes[100]);
}

test "table is comptime known" {
    comptime {
        std.debug.assert(rot13_table['n'] == 'a');
    }
    try testing.expectEqual(@as(usize, 256), rot13_table.len);
    try testing.expectEqual(@as(u8, '?'), rot13_table['?']);
}
