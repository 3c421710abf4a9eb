const std = @import("std");

fn build(a: std.mem.Allocator, n: usize) ![]u32 {
    var list = try std.ArrayList(u32).initCapacity(a, 2);
    errdefer list.deinit();
    for (0..n) |i| try list.append(@intCast(i * 2));
    return list.toOwnedSlice();
}

pub fn main() !void {
    var buf: [256]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const small = try build(fba.allocator(), 10);
    std.debug.print("fba: {any} used {d}\n", .{ small, fba.end_index });
    const too_big = build(fba.allocator(), 100);
    std.debug.print("fba big: {!any}\n", .{too_big});

    var sfa = std.heap.stackFallback(64, std.heap.page_allocator);
    const sa = sfa.get();
    const x = try sa.alloc(u8, 32);
    const y = try sa.alloc(u8, 100);
    std.debug.print("stack fallback: {d} {d}\n", .{ x.len, y.len });
    sa.free(y);
    sa.free(x);

    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    for (0..3) |round| {
        const v = try build(arena.allocator(), 5 + round);
        std.debug.print("round {d}: last {d}\n", .{ round, v[v.len - 1] });
        _ = arena.reset(.retain_capacity);
    }
    var gpa = std.heap.GeneralPurposeAllocator(.{ .enable_memory_limit = true }){};
    defer _ = gpa.deinit();
    gpa.setRequestedMemoryLimit(100);
    const g = gpa.allocator();
    const ok = try g.alloc(u8, 60);
    defer g.free(ok);
    const no = g.alloc(u8, 60);
    std.debug.print("limit: {!any} total {d}\n", .{ no, gpa.total_requested_bytes });
}
