// Time-travel benchmark: a run of about 10,000,000 steps that keeps a few heap blocks and
// grows a list now and then, so checkpoints hold stack, heap and allocator state.
const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var samples = std.ArrayList(u64).init(allocator);
    defer samples.deinit();

    var i: u64 = 0;
    var sum: u64 = 0;
    while (i < 3_300_000) : (i += 1) {
        sum +%= i *% 3;
        if (i % 50_000 == 0) try samples.append(sum);
    }
    std.debug.print("{d} samples, sum {d}\n", .{ samples.items.len, sum });
}
