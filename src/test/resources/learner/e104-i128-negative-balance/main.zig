const std = @import("std");

pub fn main() void {
    var balance: i128 = 0;
    const moves = [_]i128{ 5_000_000_000_000_000_000, -12_000_000_000_000_000_000_000, 7, -3 };
    for (moves) |m| {
        balance += m;
        std.debug.print("balance {d:>30} ({s})\n", .{ balance, if (balance < 0) "negative" else "positive" });
    }
    std.debug.print("abs = {d}\n", .{@abs(balance)});
    std.debug.print("neg = {d}\n", .{-balance});
    std.debug.print("div 7 = {d}, rem 7 = {d}\n", .{ @divTrunc(balance, 7), @rem(balance, 7) });
    std.debug.print("floor 7 = {d}, mod 7 = {d}\n", .{ @divFloor(balance, 7), @mod(balance, 7) });
    std.debug.print("min i128 = {d}\n", .{std.math.minInt(i128)});
    std.debug.print("bits as u128: {x}\n", .{@as(u128, @bitCast(balance))});
    std.debug.print("shifted right: {d}\n", .{balance >> 64});
    const low: i64 = @truncate(balance);
    std.debug.print("low 64 bits as i64: {d}\n", .{low});
}
