const std = @import("std");

const ByValue = struct {
    values: []const f32,

    fn lessThan(ctx: ByValue, a: usize, b: usize) bool {
        return ctx.values[a] < ctx.values[b];
    }
};

fn argsort(allocator: std.mem.Allocator, values: []const f32) ![]usize {
    const idx = try allocator.alloc(usize, values.len);
    for (idx, 0..) |*v, i| v.* = i;
    std.sort.pdq(usize, idx, ByValue{ .values = values }, ByValue.lessThan);
    return idx;
}

fn ranks(allocator: std.mem.Allocator, values: []const f32) ![]usize {
    const order = try argsort(allocator, values);
    defer allocator.free(order);
    const r = try allocator.alloc(usize, values.len);
    for (order, 1..) |orig, rank| r[orig] = rank;
    return r;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const names = [_][]const u8{ "oslo", "cairo", "lima", "perth", "quito", "reykjavik" };
    const temps = [_]f32{ 4.5, 28.1, 19.0, 22.3, 13.9, -1.2 };
    const order = try argsort(allocator, &temps);
    defer allocator.free(order);
    for (order) |i| std.debug.print("{s:<10} {d:>5.1}\n", .{ names[i], temps[i] });

    const r = try ranks(allocator, &temps);
    defer allocator.free(r);
    std.debug.print("ranks: {any}\n", .{r});
    const ctx = ByValue{ .values = &temps };
    const hottest = std.sort.argMax(usize, order, ctx, ByValue.lessThan).?;
    std.debug.print("hottest via argMax on indices: {s}\n", .{names[order[hottest]]});
    std.debug.print("index list sorted by value: {}\n", .{std.sort.isSorted(usize, order, ctx, ByValue.lessThan)});

    const desc = try allocator.dupe(f32, &temps);
    defer allocator.free(desc);
    std.sort.heap(f32, desc, {}, std.sort.desc(f32));
    std.debug.print("desc: {d:.1}\n", .{desc});
    const min_i = std.sort.argMin(f32, desc, {}, std.sort.asc(f32)).?;
    std.debug.print("min {d} at {d}\n", .{ desc[min_i], min_i });
}
