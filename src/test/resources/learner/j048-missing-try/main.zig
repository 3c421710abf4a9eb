const std = @import("std");

const Account = struct {
    balance: i64,

    fn withdraw(self: *Account, amount: i64) !void {
        if (amount > self.balance) return error.InsufficientFunds;
        self.balance -= amount;
    }
};

pub fn main() !void {
    var acc = Account{ .balance = 100 };
    acc.withdraw(30);
    std.debug.print("balance {d}\n", .{acc.balance});
}
