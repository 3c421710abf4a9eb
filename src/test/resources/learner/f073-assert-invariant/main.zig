const std = @import("std");

const MinStack = struct {
    vals: [8]i32 = undefined,
    mins: [8]i32 = undefined,
    len: usize = 0,

    fn push(self: *MinStack, v: i32) void {
        std.debug.assert(self.len < self.vals.len);
        const m = if (self.len == 0) v else @min(v, self.mins[self.len - 1]);
        self.vals[self.len] = v;
        self.mins[self.len] = m;
        self.len += 1;
    }

    fn min(self: MinStack) i32 {
        std.debug.assert(self.len > 0);
        return self.mins[self.len - 1];
    }

    fn drop(self: *MinStack) void {
        self.len -= 1;
    }
};

pub fn main() void {
    var s = MinStack{};
    for ([_]i32{ 5, 3, 8, 1, 9 }) |v| {
        s.push(v);
        std.debug.print("push {d}: min {d}\n", .{ v, s.min() });
    }
    while (s.len > 0) {
        s.drop();
        if (s.len > 0) std.debug.print("after drop: min {d}\n", .{s.min()});
    }
    std.debug.print("empty min: {d}\n", .{s.min()});
}
