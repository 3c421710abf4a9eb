const std = @import("std");

const Sparse = std.AutoArrayHashMap(u32, f64);

fn fromDense(a: std.mem.Allocator, dense: []const f64) !Sparse {
    var v = Sparse.init(a);
    errdefer v.deinit();
    var i: u32 = @intCast(dense.len);
    while (i > 0) : (i -= 1) {
        if (dense[i - 1] != 0) try v.put(i - 1, dense[i - 1]);
    }
    return v;
}

fn dot(x: Sparse, y: Sparse) f64 {
    var sum: f64 = 0;
    var it = x.iterator();
    while (it.next()) |e| {
        if (y.get(e.key_ptr.*)) |w| sum += e.value_ptr.* * w;
    }
    return sum;
}

const ByKey = struct {
    keys: []const u32,
    pub fn lessThan(ctx: ByKey, a: usize, b: usize) bool {
        return ctx.keys[a] < ctx.keys[b];
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var x = try fromDense(a, &.{ 0, 1.5, 0, 0, 2, 0, -1 });
    defer x.deinit();
    var y = try fromDense(a, &.{ 3, 2, 0, 7, 0.5, 0, 4 });
    defer y.deinit();
    std.debug.print("x keys (insertion order): {any}\n", .{x.keys()});
    x.sort(ByKey{ .keys = x.keys() });
    std.debug.print("x keys sorted: {any}\n", .{x.keys()});
    std.debug.print("x values: {any}\n", .{x.values()});
    std.debug.print("x . y = {d:.3}\n", .{dot(x, y)});

    _ = x.swapRemove(1);
    std.debug.print("after swapRemove(1): {any}\n", .{x.keys()});
    x.sort(ByKey{ .keys = x.keys() });
    try x.put(3, 9);
    std.debug.print("x . y = {d:.3}, nnz {d}\n", .{ dot(x, y), x.count() });
    const last = x.keys()[x.count()];
    std.debug.print("{d}\n", .{last});
}
