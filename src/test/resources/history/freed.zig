const std = @import("std");

const Account = struct { id: u32, balance: u64 };

pub fn main() !void {
    var gpa = std.heap.DebugAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    const keep = try allocator.create(Account);
    defer allocator.destroy(keep);
    keep.* = .{ .id = 1, .balance = 2 };
    const acct = try allocator.create(Account);
    acct.* = .{ .id = 7, .balance = 100 };
    acct.balance += 50;
    allocator.destroy(acct);
    std.debug.print("{d}\n", .{keep.id});
}
