const std = @import("std");

pub fn main() void {
    const header = "GET /index.html HTTP/1.1";
    var it = std.mem.splitScalar(u8, header, ' ');
    const method = it.first();
    std.debug.print("method={s} peek={?s}\n", .{ method, it.peek() });
    const path = it.next().?;
    std.debug.print("path={s} rest={s}\n", .{ path, it.rest() });

    const body = "k1=v1&&k2=v2&&&&k3=v3";
    var pairs = std.mem.splitSequence(u8, body, "&&");
    var n: usize = 0;
    while (pairs.next()) |pair| : (n += 1) {
        std.debug.print("pair {d}: '{s}'\n", .{ n, pair });
    }

    const sentence = "  hello,\tworld;  zig\nis   fun ";
    var words = std.mem.tokenizeAny(u8, sentence, " ,;\t\n");
    while (words.next()) |w| {
        std.debug.print("[{s}] ", .{w});
        if (std.mem.eql(u8, w, "zig")) {
            std.debug.print("(rest after zig: '{s}', peek: {?s}) ", .{ words.rest(), words.peek() });
        }
    }
    std.debug.print("\n", .{});

    var nums = std.mem.tokenizeScalar(u8, "10  20 30   40", ' ');
    var sum: u32 = 0;
    while (nums.next()) |tok| {
        sum += std.fmt.parseInt(u32, tok, 10) catch 0;
    }
    std.debug.print("sum={d}\n", .{sum});

    const file = "/usr/local/lib/libzig.so.1";
    var back = std.mem.splitBackwardsScalar(u8, file, '/');
    const base = back.first();
    std.debug.print("basename={s} dir={s}\n", .{ base, back.rest() });
    while (back.next()) |part| std.debug.print("<{s}>", .{part});
    std.debug.print("\n", .{});

    var ext = std.mem.splitBackwardsScalar(u8, base, '.');
    std.debug.print("last ext={s}\n", .{ext.first()});
}
