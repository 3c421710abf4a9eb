const std = @import("std");

const WithdrawError = error{InsufficientFunds};

const Wallet = struct {
    coins: u32,
    fn spend(self: *Wallet, n: u32) WithdrawError!void {
        if (n == 0) return error.ZeroAmount;
        if (n > self.coins) return error.InsufficientFunds;
        self.coins -= n;
    }
};

pub fn main() !void {
    var w = Wallet{ .coins = 10 };
    try w.spend(3);
    std.debug.print("{d}\n", .{w.coins});
}
