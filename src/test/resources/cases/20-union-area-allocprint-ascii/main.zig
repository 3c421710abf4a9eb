const std = @import("std");

const Shape = union(enum) {
    circle: f64,
    rect: struct { w: f64, h: f64 },
    none,

    fn area(self: Shape) f64 {
        return switch (self) {
            .circle => |r| 3.14159 * r * r,
            .rect => |r| r.w * r.h,
            .none => 0,
        };
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const shapes = [_]Shape{ .{ .circle = 2 }, .{ .rect = .{ .w = 3, .h = 4.5 } }, .none };
    var total: f64 = 0;
    for (shapes, 1..) |s, i| {
        const line = try std.fmt.allocPrint(alloc, "#{d} {s}: {d:.2}", .{ i, @tagName(s), s.area() });
        defer alloc.free(line);
        std.debug.print("{s} (len {d})\n", .{ line, line.len });
        total += s.area();
    }
    std.debug.print("total {d:.3} {}\n", .{ total, shapes[2] });
    const copy = try alloc.dupe(u8, "hello");
    defer alloc.free(copy);
    copy[0] = std.ascii.toUpper(copy[0]);
    std.debug.print("{s} {}\n", .{ copy, std.mem.eql(u8, copy, "Hello") });
}
