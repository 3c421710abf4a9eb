const std = @import("std");

const Account = struct {
    id: u32,
    owner: []u8,
    balance: i64 = 0,

    fn deposit(self: *Account, amount: i64) !void {
        if (amount <= 0) return error.InvalidAmount;
        self.balance += amount;
    }
    fn withdraw(self: *Account, amount: i64) !void {
        if (amount > self.balance) return error.InsufficientFunds;
        self.balance -= amount;
    }
};

const Bank = struct {
    accounts: std.ArrayList(Account),
    next_id: u32 = 1,

    fn init(a: std.mem.Allocator) Bank {
        return .{ .accounts = std.ArrayList(Account).init(a) };
    }
    fn deinit(self: *Bank) void {
        for (self.accounts.items) |acc| self.accounts.allocator.free(acc.owner);
        self.accounts.deinit();
    }
    fn open(self: *Bank, owner: []const u8) !*Account {
        const name = try self.accounts.allocator.dupe(u8, owner);
        errdefer self.accounts.allocator.free(name);
        try self.accounts.append(.{ .id = self.next_id, .owner = name });
        self.next_id += 1;
        return &self.accounts.items[self.accounts.items.len - 1];
    }
    fn find(self: *Bank, id: u32) ?*Account {
        for (self.accounts.items) |*acc| if (acc.id == id) return acc;
        return null;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var bank = Bank.init(gpa.allocator());
    defer bank.deinit();
    const alice = try bank.open("alice");
    try alice.deposit(100);
    _ = try bank.open("bob");
    if (bank.find(2)) |bob| {
        try bob.deposit(50);
        bob.withdraw(80) catch |e| std.debug.print("bob: {s}\n", .{@errorName(e)});
    }
    for (bank.accounts.items) |acc| std.debug.print("#{d} {s}: {d}\n", .{ acc.id, acc.owner, acc.balance });
    std.debug.print("missing: {?}\n", .{bank.find(9)});
    try bank.find(1).?.withdraw(500);
}
