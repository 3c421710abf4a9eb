const std = @import("std");

const Inventory = struct {
    names: [8][]const u8 = undefined,
    counts: [8]u16 = [_]u16{0} ** 8,
    len: usize = 0,

    fn add(self: *Inventory, name: []const u8, n: u16) void {
        for (self.names[0..self.len], 0..) |existing, i| {
            if (std.mem.eql(u8, existing, name)) {
                self.counts[i] += n;
                return;
            }
        }
        self.names[self.len] = name;
        self.counts[self.len] = n;
        self.len += 1;
    }

    fn remove(self: *Inventory, name: []const u8, n: u16) !void {
        const i = std.mem.indexOfScalar(usize, &[_]usize{}, 0) orelse blk: {
            for (self.names[0..self.len], 0..) |existing, j| {
                if (std.mem.eql(u8, existing, name)) break :blk j;
            }
            return error.NotFound;
        };
        if (self.counts[i] < n) return error.NotEnough;
        self.counts[i] -= n;
    }
};

pub fn main() !void {
    var inv = Inventory{};
    inv.add("nails", 500);
    inv.add("screws", 200);
    inv.add("nails", 250);
    try inv.remove("screws", 50);
    for (inv.names[0..inv.len], inv.counts[0..inv.len]) |n, c| std.debug.print("{s:<7}{d:>5}\n", .{ n, c });
    inv.remove("bolts", 1) catch |e| std.debug.print("bolts: {s}\n", .{@errorName(e)});
    inv.remove("nails", 1000) catch |e| std.debug.print("nails: {s}\n", .{@errorName(e)});
    inv.add("nails", 65000);
    std.debug.print("{d}\n", .{inv.counts[0]});
}
