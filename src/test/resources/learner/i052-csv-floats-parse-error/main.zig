const std = @import("std");

fn parseRow(a: std.mem.Allocator, line: []const u8) ![]f64 {
    var vals = std.ArrayList(f64).init(a);
    errdefer vals.deinit();
    var it = std.mem.tokenizeSequence(u8, line, ", ");
    while (it.next()) |tok| try vals.append(try std.fmt.parseFloat(f64, tok));
    return vals.toOwnedSlice();
}

fn stats(xs: []const f64) struct { mean: f64, sd: f64, min: f64, max: f64 } {
    var sum: f64 = 0;
    for (xs) |x| sum += x;
    const mean = sum / @as(f64, @floatFromInt(xs.len));
    var sq: f64 = 0;
    for (xs) |x| sq += (x - mean) * (x - mean);
    return .{ .mean = mean, .sd = @sqrt(sq / @as(f64, @floatFromInt(xs.len))), .min = std.mem.min(f64, xs), .max = std.mem.max(f64, xs) };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const csv =
        \\21.5, 22.0, 19.75, 23.25
        \\-4.5, 0, 3.5e1, 1e-2
        \\7, 7, 7, 7
        \\1.5, two, 3
    ;
    var lines = std.mem.splitScalar(u8, csv, '\n');
    var row: usize = 0;
    while (lines.next()) |line| : (row += 1) {
        const xs = try parseRow(a, line);
        defer a.free(xs);
        const s = stats(xs);
        std.debug.print("row {d}: n={d} mean={d:.3} sd={d:.3} range=[{d}, {d}]\n", .{ row, xs.len, s.mean, s.sd, s.min, s.max });
    }
}
