const std = @import("std");

var log_buf: [256]u8 = undefined;
var log_len: usize = 0;

fn log(s: []const u8) void {
    @memcpy(log_buf[log_len..][0..s.len], s);
    log_len += s.len;
}

const Conn = struct {
    fn open(fail: bool) !Conn {
        log("open ");
        if (fail) return error.ConnRefused;
        return .{};
    }
    fn close(_: Conn) void {
        log("close ");
    }
};

fn transaction(fail_at: u8) !u32 {
    log("[begin ");
    defer log("end] ");
    const a = try Conn.open(fail_at == 1);
    defer a.close();
    errdefer log("rollback-a ");
    const b = try Conn.open(fail_at == 2);
    defer b.close();
    errdefer |e| {
        log("rollback-b:");
        log(if (e == error.Timeout) "timeout " else "other ");
    }
    if (fail_at == 3) return error.Timeout;
    log("commit ");
    return 42;
}

pub fn main() !void {
    for (0..4) |i| {
        log_len = 0;
        const r = transaction(@intCast(i));
        std.debug.print("{d}: {s}-> ", .{ i, log_buf[0..log_len] });
        if (r) |v| std.debug.print("ok {d}\n", .{v}) else |e| std.debug.print("{}\n", .{e});
    }
    inline for (.{ "x", "y", "z" }) |n| {
        defer std.debug.print("defer {s}\n", .{n});
    }
    {
        defer std.debug.print("outer\n", .{});
        defer std.debug.print("inner\n", .{});
        std.debug.print("body\n", .{});
    }
    log_len = 0;
    _ = try transaction(2);
}
