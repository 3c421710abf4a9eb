const std = @import("std");

const Score = struct { name: []const u8, points: i32 };

pub fn main() !void {
    const data =
        \\ada:120
        \\bob:95
        \\carol:-5
        \\broken line
        \\dave:abc
        \\eve:300
    ;
    var stream = std.io.fixedBufferStream(data);
    const reader = stream.reader();

    var line_buf: [64]u8 = undefined;
    var names: [8][16]u8 = undefined;
    var scores: [8]Score = undefined;
    var count: usize = 0;
    var line_no: usize = 0;
    while (try reader.readUntilDelimiterOrEof(&line_buf, '\n')) |line| {
        line_no += 1;
        const colon = std.mem.indexOfScalar(u8, line, ':') orelse {
            std.debug.print("line {d}: missing ':'\n", .{line_no});
            continue;
        };
        const points = std.fmt.parseInt(i32, line[colon + 1 ..], 10) catch |err| {
            std.debug.print("line {d}: bad number ({s})\n", .{ line_no, @errorName(err) });
            continue;
        };
        const name = line[0..colon];
        @memcpy(names[count][0..name.len], name);
        scores[count] = .{ .name = names[count][0..name.len], .points = points };
        count += 1;
    }
    var best: ?Score = null;
    for (scores[0..count]) |s| {
        std.debug.print("{s:<6}{d:>5}\n", .{ s.name, s.points });
        if (best == null or s.points > best.?.points) best = s;
    }
    std.debug.print("best: {s}\n", .{best.?.name});

    var bytes = std.io.fixedBufferStream("a1b2");
    var r = bytes.reader();
    var digits: u32 = 0;
    while (true) {
        const b = r.readByte() catch |err| {
            std.debug.print("stopped: {s}\n", .{@errorName(err)});
            break;
        };
        if (std.ascii.isDigit(b)) digits += b - '0' else std.debug.print("letter {c}\n", .{b});
    }
    std.debug.print("digit sum {d}\n", .{digits});
}
