const std = @import("std");

const Entry = struct { id: u32, amount: i64, memo: []const u8 };

const Ledger = struct {
    entries: std.ArrayListUnmanaged(Entry) = .{},
    next_id: u32 = 1,

    fn add(self: *Ledger, a: std.mem.Allocator, amount: i64, memo: []const u8) !u32 {
        const id = self.next_id;
        try self.entries.append(a, .{ .id = id, .amount = amount, .memo = memo });
        self.next_id += 1;
        return id;
    }

    fn void_(self: *Ledger, id: u32) ?Entry {
        for (self.entries.items, 0..) |e, i| {
            if (e.id == id) return self.entries.swapRemove(i);
        }
        return null;
    }

    fn balance(self: Ledger) i64 {
        var sum: i64 = 0;
        for (self.entries.items) |e| sum += e.amount;
        return sum;
    }

    fn snapshot(self: Ledger, a: std.mem.Allocator) !std.ArrayListUnmanaged(Entry) {
        return self.entries.clone(a);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var ledger = Ledger{};
    defer ledger.entries.deinit(a);
    _ = try ledger.add(a, 120_00, "salary");
    const rent = try ledger.add(a, -75_00, "rent");
    _ = try ledger.add(a, -12_50, "books");
    _ = try ledger.add(a, -3_20, "coffee");
    std.debug.print("balance {d}.{d:0>2}\n", .{ @divTrunc(ledger.balance(), 100), @as(u64, @intCast(@mod(ledger.balance(), 100))) });

    var before = try ledger.snapshot(a);
    if (ledger.void_(rent)) |e| std.debug.print("voided #{d} {s} {d}\n", .{ e.id, e.memo, e.amount });
    std.debug.print("order now: ", .{});
    for (ledger.entries.items) |e| std.debug.print("#{d} ", .{e.id});
    std.debug.print("\nsnapshot keeps {d} entries, balance then {d}\n", .{ before.items.len, (Ledger{ .entries = before }).balance() });
    try ledger.entries.insert(a, 0, .{ .id = 99, .amount = 1, .memo = "interest" });
    std.debug.print("first: {s}, capacity >= len: {}\n", .{ ledger.entries.items[0].memo, ledger.entries.capacity >= ledger.entries.items.len });
    before.clearRetainingCapacity();
}
