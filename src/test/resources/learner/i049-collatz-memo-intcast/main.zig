const std = @import("std");

const Memo = std.AutoHashMap(u64, u32);

fn collatzLen(memo: *Memo, n: u64) !u32 {
    if (n == 1) return 1;
    if (memo.get(n)) |v| return v;
    const next = if (n % 2 == 0) n / 2 else 3 * n + 1;
    const len = 1 + try collatzLen(memo, next);
    try memo.put(n, len);
    return len;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var memo = Memo.init(a);
    defer memo.deinit();

    var best: u64 = 1;
    var best_len: u32 = 1;
    var n: u64 = 1;
    while (n < 3000) : (n += 1) {
        const len = try collatzLen(&memo, n);
        if (len > best_len) {
            best = n;
            best_len = len;
        }
    }
    std.debug.print("longest chain below 3000: {d} ({d} steps)\n", .{ best, best_len });
    std.debug.print("memo holds {d} numbers\n", .{memo.count()});

    var biggest: u64 = 0;
    var it = memo.keyIterator();
    while (it.next()) |k| biggest = @max(biggest, k.*);
    std.debug.print("largest value seen: {d}\n", .{biggest});

    const small: u8 = @intCast(try collatzLen(&memo, 27));
    std.debug.print("27 takes {d} steps\n", .{small});
    const tiny: u6 = @intCast(try collatzLen(&memo, 27));
    std.debug.print("{d}\n", .{tiny});
}
