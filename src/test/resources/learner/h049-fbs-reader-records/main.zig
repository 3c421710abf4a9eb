const std = @import("std");

const Record = struct { id: u32, name: []const u8, score: f32 };

fn parseLine(line: []const u8) !Record {
    var it = std.mem.splitScalar(u8, line, ';');
    const id_s = it.next() orelse return error.MissingField;
    const name = it.next() orelse return error.MissingField;
    const score_s = it.next() orelse return error.MissingField;
    if (it.next() != null) return error.ExtraField;
    return .{
        .id = try std.fmt.parseInt(u32, std.mem.trim(u8, id_s, " "), 10),
        .name = std.mem.trim(u8, name, " "),
        .score = try std.fmt.parseFloat(f32, std.mem.trim(u8, score_s, " ")),
    };
}

pub fn main() !void {
    const data =
        \\1; Ann ; 9.5
        \\2;Bob;7.25
        \\# comment
        \\3;Cid
        \\4;Dee;x
        \\5;Eve;8;extra
        \\
        \\6 ; Fay ; 10
    ;
    var fbs = std.io.fixedBufferStream(data);
    const reader = fbs.reader();
    var buf: [64]u8 = undefined;
    var total: f32 = 0;
    var n: u32 = 0;
    var lineno: usize = 0;
    while (try reader.readUntilDelimiterOrEof(&buf, '\n')) |line| {
        lineno += 1;
        if (line.len == 0 or line[0] == '#') continue;
        const r = parseLine(line) catch |e| {
            std.debug.print("line {d}: {s} ({s})\n", .{ lineno, @errorName(e), line });
            continue;
        };
        total += r.score;
        n += 1;
        std.debug.print("#{d:0>3} {s:<4} {d:5.2}\n", .{ r.id, r.name, r.score });
    }
    std.debug.print("avg {d:.3} over {d}, pos={d}/{d}\n", .{ total / @as(f32, @floatFromInt(n)), n, fbs.pos, data.len });
    fbs.reset();
    var small: [4]u8 = undefined;
    _ = try reader.readUntilDelimiter(&small, '\n');
}
