const std = @import("std");

const Planet = struct { name: []const u8, moons: u8, au: f64 };

fn writeTable(writer: anytype, planets: []const Planet) !void {
    try writer.print("{s:<8} {s:>5} {s:>7}\n", .{ "planet", "moons", "au" });
    for (planets) |p| {
        try writer.print("{s:<8} {d:>5} {d:>7.2}\n", .{ p.name, p.moons, p.au });
    }
}

pub fn main() !void {
    const planets = [_]Planet{
        .{ .name = "Mercury", .moons = 0, .au = 0.39 },
        .{ .name = "Earth", .moons = 1, .au = 1.0 },
        .{ .name = "Mars", .moons = 2, .au = 1.524 },
        .{ .name = "Jupiter", .moons = 95, .au = 5.2 },
    };

    const stdout_file = std.io.getStdOut().writer();
    var bw = std.io.bufferedWriter(stdout_file);
    const out = bw.writer();
    try writeTable(out, &planets);
    try out.writeAll("-- end of table --\n");
    // stderr goes out immediately; the table is still sitting in the buffer
    std.debug.print("debug: table buffered, {d} bytes pending\n", .{bw.end});
    try bw.flush();

    const stdout = std.io.getStdOut().writer();
    try stdout.print("total moons: {d}\n", .{blk: {
        var n: u32 = 0;
        for (planets) |p| n += p.moons;
        break :blk n;
    }});
    try stdout.writeByte('>');
    try stdout.writeByteNTimes('=', 10);
    try stdout.writeAll("\n");
}
