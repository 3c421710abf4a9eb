const std = @import("std");

const BankError = error{ InsufficientFunds, InvalidAmount, AccountFrozen };

const Account = struct {
    owner: []const u8,
    balance: i64 = 0,
    frozen: bool = false,

    fn deposit(self: *Account, amount: i64) BankError!void {
        if (amount <= 0) return error.InvalidAmount;
        if (self.frozen) return error.AccountFrozen;
        self.balance += amount;
    }

    fn withdraw(self: *Account, amount: i64) BankError!i64 {
        if (amount <= 0) return error.InvalidAmount;
        if (self.frozen) return BankError.AccountFrozen;
        if (amount > self.balance) return error.InsufficientFunds;
        self.balance -= amount;
        return self.balance;
    }
};

fn transfer(from: *Account, to: *Account, amount: i64) BankError!void {
    _ = try from.withdraw(amount);
    errdefer from.balance += amount;
    try to.deposit(amount);
}

test "deposit and withdraw" {
    var acc = Account{ .owner = "ann" };
    try acc.deposit(100);
    try std.testing.expectEqual(@as(i64, 70), try acc.withdraw(30));
    try std.testing.expectError(error.InsufficientFunds, acc.withdraw(500));
    try std.testing.expectError(error.InvalidAmount, acc.deposit(-5));
}

test "transfer rolls back when target frozen" {
    var a = Account{ .owner = "a", .balance = 50 };
    var b = Account{ .owner = "b", .frozen = true };
    try std.testing.expectError(error.AccountFrozen, transfer(&a, &b, 20));
    try std.testing.expectEqual(@as(i64, 50), a.balance);
}

test "transfer moves money" {
    var a = Account{ .owner = "a", .balance = 50 };
    var b = Account{ .owner = "b" };
    try transfer(&a, &b, 20);
    try std.testing.expectEqual(@as(i64, 30), a.balance);
    try std.testing.expectEqual(@as(i64, 25), b.balance);
}
