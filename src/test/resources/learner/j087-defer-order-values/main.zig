const std = @import("std");

var log_len: usize = 0;
var log: [32]u8 = undefined;

fn mark(c: u8) void {
    log[log_len] = c;
    log_len += 1;
}

fn work(fail_at: u8) !void {
    mark('A');
    defer mark('a');
    var i: u8 = 0;
    while (i < 3) : (i += 1) {
        defer mark('0' + i);
        if (i == fail_at) return error.Stop;
    }
    errdefer mark('E');
    {
        defer mark('{');
        mark('B');
    }
    if (fail_at == 9) return error.Late;
    mark('C');
}

pub fn main() void {
    for ([_]u8{ 0, 2, 9, 7 }) |f| {
        log_len = 0;
        const r = work(f);
        std.debug.print("fail_at {d}: {s} -> ", .{ f, log[0..log_len] });
        if (r) |_| std.debug.print("ok\n", .{}) else |e| std.debug.print("{s}\n", .{@errorName(e)});
    }
    var x: u32 = 1;
    {
        defer std.debug.print("deferred sees x = {d}\n", .{x});
        x = 42;
    }
    for (0..3) |i| {
        defer std.debug.print("end {d}; ", .{i});
        if (i == 1) continue;
        std.debug.print("body {d}; ", .{i});
    }
    std.debug.print("\n", .{});
}
