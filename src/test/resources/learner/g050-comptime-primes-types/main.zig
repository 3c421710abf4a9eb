const std = @import("std");

fn primesBelow(comptime n: usize) []const u32 {
    comptime {
        var buf: [n]u32 = undefined;
        var count: usize = 0;
        var i: u32 = 2;
        while (i < n) : (i += 1) {
            var is_prime = true;
            for (buf[0..count]) |p| {
                if (p * p > i) break;
                if (i % p == 0) {
                    is_prime = false;
                    break;
                }
            }
            if (is_prime) {
                buf[count] = i;
                count += 1;
            }
        }
        const final = buf[0..count].*;
        return &final;
    }
}

const banner = "=" ** 10 ++ " primes " ++ "=" ** 10;
const primes = primesBelow(60);

pub fn main() void {
    std.debug.print("{s}\n", .{banner});
    std.debug.print("{d} primes: {any}\n", .{ primes.len, primes });
    const msg = comptime std.fmt.comptimePrint("largest={d} hex={x}", .{ primes[primes.len - 1], primes[primes.len - 1] });
    std.debug.print("{s} ({d} bytes)\n", .{ msg, msg.len });
    const Pair = struct { a: u8, b: u32 };
    const types = .{ u8, i64, f32, bool, [3]u16, ?*u8, []const u8, Pair, struct { u8, u32 } };
    inline for (types) |T| {
        std.debug.print("{s:<12} size {d:>2} align {d}\n", .{ @typeName(T), @sizeOf(T), @alignOf(T) });
    }
    const squares = comptime blk: {
        var s: [6]u16 = undefined;
        for (&s, 0..) |*v, i| v.* = @intCast(i * i);
        break :blk s;
    };
    std.debug.print("{any}\n", .{squares});
    var idx: usize = 5;
    idx += 1;
    std.debug.print("{d}\n", .{squares[idx]});
}
