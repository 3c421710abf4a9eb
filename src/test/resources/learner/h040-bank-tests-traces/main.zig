const std = @import("std");
const testing = std.testing;

const Account = struct {
    balance: u64,
    history: std.ArrayList(i64),

    fn init(alloc: std.mem.Allocator, start: u64) Account {
        return .{ .balance = start, .history = std.ArrayList(i64).init(alloc) };
    }
    fn deinit(self: *Account) void {
        self.history.deinit();
    }
    fn withdraw(self: *Account, amount: u64) !void {
        if (amount > self.balance) return error.InsufficientFunds;
        self.balance -= amount;
        try self.history.append(-@as(i64, @intCast(amount)));
    }
    fn deposit(self: *Account, amount: u64) !void {
        if (amount == 0) return error.ZeroDeposit;
        self.balance += amount;
        try self.history.append(@intCast(amount));
    }
};

fn transfer(from: *Account, to: *Account, amount: u64) !void {
    try from.withdraw(amount);
    try to.deposit(amount);
}

test "transfer moves money" {
    var a = Account.init(testing.allocator, 100);
    defer a.deinit();
    var b = Account.init(testing.allocator, 0);
    defer b.deinit();
    try transfer(&a, &b, 30);
    try testing.expectEqual(@as(u64, 70), a.balance);
    try testing.expectEqualSlices(i64, &.{30}, b.history.items);
}

test "overdraft" {
    var a = Account.init(testing.allocator, 10);
    defer a.deinit();
    var b = Account.init(testing.allocator, 0);
    defer b.deinit();
    try transfer(&a, &b, 11);
}

test "zero deposit error propagates" {
    var a = Account.init(testing.allocator, 10);
    defer a.deinit();
    var b = Account.init(testing.allocator, 0);
    try testing.expectError(error.ZeroDeposit, transfer(&a, &b, 0));
    try testing.expect(a.history.items.len == 1);
}

test "failing allocator" {
    var failing = testing.FailingAllocator.init(testing.allocator, .{ .fail_index = 1 });
    var a = Account.init(failing.allocator(), 50);
    defer a.deinit();
    try a.deposit(1);
    try testing.expectError(error.OutOfMemory, a.deposit(2));
    try testing.expectEqual(@as(u64, 53), a.balance);
}

test "history contents" {
    var a = Account.init(testing.allocator, 5);
    defer a.deinit();
    try a.deposit(5);
    try a.withdraw(3);
    try testing.expectEqualSlices(i64, &.{ 5, 3 }, a.history.items);
}
