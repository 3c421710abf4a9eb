const std = @import("std");

const Color = enum {
    red,
    green,
    blue,

    fn next(self: Color) Color {
        return @enumFromInt((@intFromEnum(self) + 1) % 3);
    }
    fn hex(self: Color) []const u8 {
        return switch (self) {
            .red => "#ff0000",
            .green => "#00ff00",
            .blue => "#0000ff",
        };
    }
};

pub fn main() void {
    var c: Color = .red;
    for (0..4) |_| {
        std.debug.print("{s} {s} | ", .{ @tagName(c), c.hex() });
        c = c.next();
    }
    std.debug.print("\n", .{});
    const parsed = std.meta.stringToEnum(Color, "blue") orelse .red;
    std.debug.print("{} {d}\n", .{ parsed, @intFromEnum(parsed) });
    const maybe: ?Color = std.meta.stringToEnum(Color, "pink");
    std.debug.print("{?}\n", .{maybe});
    var counts = std.EnumArray(Color, u32).initFill(0);
    counts.set(.green, 3);
    counts.getPtr(.blue).* += 2;
    var it = counts.iterator();
    while (it.next()) |e| std.debug.print("{s}={d} ", .{ @tagName(e.key), e.value.* });
    std.debug.print("\n", .{});
    const n: u8 = 7;
    const col: Color = @enumFromInt(n);
    std.debug.print("{}\n", .{col});
}
