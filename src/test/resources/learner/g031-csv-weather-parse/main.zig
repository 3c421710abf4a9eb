const std = @import("std");

const Row = struct {
    city: []const u8,
    temp: f64,
    rain_mm: u32,
};

fn parseLine(line: []const u8) !Row {
    var cols = std.mem.splitScalar(u8, line, ',');
    const city = std.mem.trim(u8, cols.next() orelse return error.MissingColumn, " ");
    const temp_s = std.mem.trim(u8, cols.next() orelse return error.MissingColumn, " ");
    const rain_s = std.mem.trim(u8, cols.next() orelse return error.MissingColumn, " ");
    if (cols.next() != null) return error.TooManyColumns;
    return .{
        .city = city,
        .temp = try std.fmt.parseFloat(f64, temp_s),
        .rain_mm = try std.fmt.parseUnsigned(u32, rain_s, 10),
    };
}

pub fn main() !void {
    const csv =
        \\Oslo, -3.5, 12
        \\Lima, 19.25, 0
        \\Cairo,28,1
        \\Paris, 11.0e0, 40, extra
        \\Rome, warm, 3
        \\Quito, 14.5
        \\Nuuk, -12.75, 7
    ;
    var rows: [8]Row = undefined;
    var n: usize = 0;
    var lines = std.mem.splitScalar(u8, csv, '\n');
    var line_no: usize = 0;
    while (lines.next()) |line| {
        line_no += 1;
        const row = parseLine(line) catch |err| {
            std.debug.print("line {d}: {s}\n", .{ line_no, @errorName(err) });
            continue;
        };
        rows[n] = row;
        n += 1;
    }
    var sum: f64 = 0;
    for (rows[0..n]) |r| {
        std.debug.print("{s:<6}{d:>8.2}{d:>4}\n", .{ r.city, r.temp, r.rain_mm });
        sum += r.temp;
    }
    std.debug.print("mean {d:.3}\n", .{sum / @as(f64, @floatFromInt(n))});
    _ = try parseLine("Bern, 9.5, -2");
}
