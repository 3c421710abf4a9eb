const std = @import("std");

const Table = struct {
    names: [][]u8,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, raw: []const []const u8) !Table {
        const names = try allocator.alloc([]u8, raw.len);
        var filled: usize = 0;
        errdefer |err| {
            std.debug.print("init failed with {s} after {d} names, cleaning up\n", .{ @errorName(err), filled });
            for (names[0..filled]) |n| allocator.free(n);
            allocator.free(names);
        }
        for (raw) |r| {
            if (r.len == 0) return error.EmptyName;
            names[filled] = try allocator.dupe(u8, r);
            filled += 1;
        }
        return .{ .names = names, .allocator = allocator };
    }

    fn deinit(self: Table) void {
        for (self.names) |n| self.allocator.free(n);
        self.allocator.free(self.names);
    }
};

fn loadAll(allocator: std.mem.Allocator, batches: []const []const []const u8) !usize {
    var total: usize = 0;
    for (batches) |batch| {
        const t = try Table.init(allocator, batch);
        defer t.deinit();
        std.debug.print("loaded {d} names, first {s}\n", .{ t.names.len, t.names[0] });
        total += t.names.len;
    }
    return total;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    const batches = [_][]const []const u8{
        &.{ "ann", "ben" },
        &.{ "cy", "dee", "", "eve" },
        &.{"fay"},
    };
    const n = try loadAll(allocator, &batches);
    std.debug.print("total {d}\n", .{n});
}
