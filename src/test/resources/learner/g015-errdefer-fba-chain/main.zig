const std = @import("std");

const Buffers = struct {
    names: [][]u8,
    scores: []u32,
    log: []u8,

    fn init(alloc: std.mem.Allocator, n: usize) !Buffers {
        const names = try alloc.alloc([]u8, n);
        errdefer alloc.free(names);
        var made: usize = 0;
        errdefer for (names[0..made]) |nm| alloc.free(nm);
        while (made < n) : (made += 1) {
            names[made] = try std.fmt.allocPrint(alloc, "player-{d}", .{made});
        }
        std.debug.print("names ok\n", .{});
        const scores = try alloc.alloc(u32, n);
        errdefer alloc.free(scores);
        std.debug.print("scores ok\n", .{});
        const log = try alloc.alloc(u8, 64 * n);
        std.debug.print("log ok\n", .{});
        return .{ .names = names, .scores = scores, .log = log };
    }

    fn deinit(self: Buffers, alloc: std.mem.Allocator) void {
        for (self.names) |nm| alloc.free(nm);
        alloc.free(self.names);
        alloc.free(self.scores);
        alloc.free(self.log);
    }
};

pub fn main() !void {
    var mem: [400]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&mem);
    const alloc = fba.allocator();
    const small = try Buffers.init(alloc, 2);
    std.debug.print("used {d}\n", .{fba.end_index});
    small.deinit(alloc);
    std.debug.print("after free {d}\n", .{fba.end_index});
    fba.reset();
    for ([_]usize{ 3, 4, 5 }) |n| {
        std.debug.print("-- n={d}\n", .{n});
        const b = Buffers.init(alloc, n) catch |err| {
            std.debug.print("failed: {s}, end_index {d}\n", .{ @errorName(err), fba.end_index });
            continue;
        };
        b.deinit(alloc);
        fba.reset();
    }
    const big = try Buffers.init(alloc, 20);
    _ = big;
}
