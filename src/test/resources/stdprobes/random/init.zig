const std = @import("std");

const Counter = struct {
    next: u8 = 1,
    calls: usize = 0,
    fn fill(self: *Counter, buf: []u8) void {
        self.calls += 1;
        for (buf) |*b| {
            b.* = self.next;
            self.next +%= 3;
        }
    }
};

pub fn main() void {
    var state = Counter{};
    const r = std.Random.init(&state, Counter.fill);
    var buf: [6]u8 = undefined;
    r.bytes(&buf);
    std.debug.print("bytes {any}\n", .{buf});
    std.debug.print("int u16 {d} u32 {x}\n", .{ r.int(u16), r.int(u32) });
    std.debug.print("calls {d}\n", .{state.calls});
}
