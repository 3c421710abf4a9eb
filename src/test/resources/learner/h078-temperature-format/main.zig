const std = @import("std");

const Temperature = struct {
    const Self = @This();
    kelvin: f64,

    pub fn fromC(c: f64) Self {
        return .{ .kelvin = c + 273.15 };
    }
    pub fn celsius(self: *const Self) f64 {
        return self.kelvin - 273.15;
    }
    pub fn warm(self: *Self, by: f64) void {
        self.kelvin += by;
    }
    pub fn format(self: Self, comptime f: []const u8, o: std.fmt.FormatOptions, w: anytype) !void {
        _ = o;
        if (comptime std.mem.eql(u8, f, "k")) return w.print("{d:.2}K", .{self.kelvin});
        try w.print("{d:.1}°C", .{self.celsius()});
    }
};

pub fn main() !void {
    var t = Temperature.fromC(21.5);
    const out = std.io.getStdOut().writer();
    try out.print("{} = {k}\n", .{ t, t });
    t.warm(3.25);
    try out.print("{} = {k}\n", .{ t, t });
    const readings = [_]f64{ -40, 0, 36.6, 100 };
    var temps: [readings.len]Temperature = undefined;
    for (readings, &temps) |r, *tp| tp.* = Temperature.fromC(r);
    for (temps) |tp| try out.print("[{:>10}] ", .{tp});
    try out.print("\n", .{});
    var buf: [16]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    try fbs.writer().print("{k}", .{temps[3]});
    try out.print("fbs: {s} ({d})\n", .{ fbs.getWritten(), fbs.getPos() catch 0 });
    try fbs.writer().print("{k}", .{temps[0]});
}
