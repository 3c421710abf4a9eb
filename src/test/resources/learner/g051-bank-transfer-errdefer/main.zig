const std = @import("std");

const Account = struct {
    owner: []const u8,
    balance: i64,
    history: std.ArrayList(i64),

    const Error = error{ InsufficientFunds, InvalidAmount, Frozen };

    fn init(alloc: std.mem.Allocator, owner: []const u8) Account {
        return .{ .owner = owner, .balance = 0, .history = std.ArrayList(i64).init(alloc) };
    }

    fn deinit(self: *Account) void {
        self.history.deinit();
    }

    fn deposit(self: *Account, amount: i64) !void {
        if (amount <= 0) return Error.InvalidAmount;
        try self.history.append(amount);
        self.balance += amount;
    }

    fn withdraw(self: *Account, amount: i64) !void {
        if (amount <= 0) return Error.InvalidAmount;
        if (amount > self.balance) return Error.InsufficientFunds;
        try self.history.append(-amount);
        self.balance -= amount;
    }
};

fn transfer(from: *Account, to: *Account, amount: i64) !void {
    try from.withdraw(amount);
    errdefer from.balance += amount;
    if (std.mem.eql(u8, to.owner, "mallory")) return Account.Error.Frozen;
    try to.deposit(amount);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var alice = Account.init(alloc, "alice");
    defer alice.deinit();
    var bob = Account.init(alloc, "bob");
    defer bob.deinit();
    var mal = Account.init(alloc, "mallory");
    defer mal.deinit();

    try alice.deposit(500);
    try transfer(&alice, &bob, 120);
    transfer(&alice, &mal, 50) catch |err| std.debug.print("to mallory: {s}\n", .{@errorName(err)});
    transfer(&bob, &alice, 1000) catch |err| std.debug.print("bob overdraw: {s}\n", .{@errorName(err)});
    alice.deposit(-5) catch |err| std.debug.print("negative: {s}\n", .{@errorName(err)});
    for ([_]*Account{ &alice, &bob, &mal }) |a| {
        std.debug.print("{s:<8} {d:>5} {any}\n", .{ a.owner, a.balance, a.history.items });
    }
    try transfer(&bob, &alice, 121);
}
