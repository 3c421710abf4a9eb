const std = @import("std");

const LineError = struct { line: usize, err: anyerror };

fn sumColumn(text: []const u8, col: usize, errors: *std.ArrayList(LineError)) !i64 {
    var total: i64 = 0;
    var lines = std.mem.splitScalar(u8, text, '\n');
    var line_no: usize = 0;
    while (lines.next()) |line| {
        line_no += 1;
        if (line.len == 0 or line[0] == '#') continue;
        var fields = std.mem.splitScalar(u8, line, ',');
        var i: usize = 0;
        const field = while (fields.next()) |f| : (i += 1) {
            if (i == col) break std.mem.trim(u8, f, " ");
        } else {
            try errors.append(.{ .line = line_no, .err = error.MissingColumn });
            continue;
        };
        const v = std.fmt.parseInt(i64, field, 10) catch |err| {
            try errors.append(.{ .line = line_no, .err = err });
            continue;
        };
        total += v;
    }
    return total;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var errors = std.ArrayList(LineError).init(gpa.allocator());
    defer errors.deinit();
    const csv =
        \\# name, qty, price
        \\apple, 3, 50
        \\pear, x, 20
        \\
        \\plum, 99999999999999999999, 1
        \\kiwi
        \\fig, -4, 7
    ;
    const total = try sumColumn(csv, 1, &errors);
    std.debug.print("total qty {d}\n", .{total});
    for (errors.items) |e| std.debug.print("line {d}: {s}\n", .{ e.line, @errorName(e.err) });
    std.debug.print("{any}\n", .{errors.items[0]});
}
