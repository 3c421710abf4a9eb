const std = @import("std");

const Counter = struct {
    hits: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),

    fn hit(self: *Counter) u32 {
        return self.hits.fetchAdd(1, .monotonic) + 1;
    }
};

pub fn main() void {
    var c = Counter{};
    _ = c.hit();
    _ = c.hit();
    std.debug.print("hits {d}\n", .{c.hit()});
    var flag = std.atomic.Value(bool).init(false);
    std.debug.print("swap {}\n", .{flag.swap(true, .acq_rel)});
    std.debug.print("cmpxchg {?}\n", .{flag.cmpxchgStrong(false, true, .seq_cst, .seq_cst)});
    var v = std.atomic.Value(i64).init(10);
    _ = v.fetchSub(3, .release);
    _ = v.fetchMax(40, .seq_cst);
    _ = v.fetchMin(-5, .seq_cst);
    v.store(v.load(.acquire) * 2, .release);
    std.debug.print("v {d} raw {d}\n", .{ v.load(.seq_cst), v.raw });
    std.atomic.spinLoopHint();
    var bits = std.atomic.Value(u8).init(0b1010);
    std.debug.print("bitSet {d} then {b}\n", .{ bits.bitSet(0, .seq_cst), bits.load(.seq_cst) });
    std.debug.print("xor {b}\n", .{bits.fetchXor(0xff, .seq_cst)});
}
