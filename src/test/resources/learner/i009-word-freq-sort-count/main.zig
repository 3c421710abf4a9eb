const std = @import("std");

const Count = struct { word: []const u8, n: u32 };

fn byCountThenWord(_: void, a: Count, b: Count) bool {
    if (a.n != b.n) return a.n > b.n;
    return std.mem.lessThan(u8, a.word, b.word);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const text =
        \\The quick brown fox jumps over the lazy dog. The dog sleeps;
        \\the FOX runs! A quick fox, a lazy dog, and the end.
    ;
    const lower = try std.ascii.allocLowerString(a, text);
    defer a.free(lower);

    var counts = std.StringHashMap(u32).init(a);
    defer counts.deinit();
    var it = std.mem.tokenizeAny(u8, lower, " .,;!\n");
    var total: usize = 0;
    while (it.next()) |w| {
        const gop = try counts.getOrPut(w);
        if (!gop.found_existing) gop.value_ptr.* = 0;
        gop.value_ptr.* += 1;
        total += 1;
    }

    var list = try std.ArrayList(Count).initCapacity(a, counts.count());
    defer list.deinit();
    var e = counts.iterator();
    while (e.next()) |kv| list.appendAssumeCapacity(.{ .word = kv.key_ptr.*, .n = kv.value_ptr.* });
    std.mem.sort(Count, list.items, {}, byCountThenWord);

    std.debug.print("{d} words, {d} distinct\n", .{ total, counts.count() });
    for (list.items[0..6], 1..) |c, rank| {
        const pct = @as(f64, @floatFromInt(c.n)) * 100.0 / @as(f64, @floatFromInt(total));
        std.debug.print("{d:>2}. {s:<6} {d:>2} {d:>5.1}% ", .{ rank, c.word, c.n, pct });
        for (0..c.n) |_| std.debug.print("#", .{});
        std.debug.print("\n", .{});
    }
    const singles = blk: {
        var n: usize = 0;
        for (list.items) |c| n += @intFromBool(c.n == 1);
        break :blk n;
    };
    std.debug.print("hapax legomena: {d}\n", .{singles});
    std.debug.print("max word: {s}\n", .{std.sort.max(Count, list.items, {}, struct {
        fn lt(_: void, x: Count, y: Count) bool {
            return x.word.len < y.word.len;
        }
    }.lt).?.word});
}
