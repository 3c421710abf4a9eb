const std = @import("std");

const IntVec = struct {
    buf: []i32 = &.{},
    len: usize = 0,
    alloc: std.mem.Allocator,

    fn push(self: *IntVec, v: i32) !void {
        if (self.len == self.buf.len) {
            const new_cap = if (self.buf.len == 0) 2 else self.buf.len * 2;
            self.buf = try self.alloc.realloc(self.buf, new_cap);
            std.debug.print("grow to {d}\n", .{new_cap});
        }
        self.buf[self.len] = v;
        self.len += 1;
    }

    fn shrinkToFit(self: *IntVec) !void {
        self.buf = try self.alloc.realloc(self.buf, self.len);
    }

    fn deinit(self: *IntVec) void {
        self.alloc.free(self.buf);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var v = IntVec{ .alloc = gpa.allocator() };
    defer v.deinit();
    var i: i32 = 1;
    while (i <= 9) : (i += 1) try v.push(i * i);
    std.debug.print("len {d} cap {d}: {any}\n", .{ v.len, v.buf.len, v.buf[0..v.len] });
    try v.shrinkToFit();
    std.debug.print("after shrink cap {d}, last {d}\n", .{ v.buf.len, v.buf[v.buf.len - 1] });
    const grew = gpa.allocator().resize(v.buf, 4);
    std.debug.print("resize down ok: {}\n", .{grew});
    v.buf = v.buf[0..4];
    v.len = 4;
    std.debug.print("{any}\n", .{v.buf});
}
