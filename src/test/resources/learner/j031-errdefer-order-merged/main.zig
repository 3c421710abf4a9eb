const std = @import("std");

const IoError = error{ DiskFull, ReadOnly };
const ParseError = error{ BadHeader, Truncated };
const LoadError = IoError || ParseError;

var log_buf: [256]u8 = undefined;
var log_len: usize = 0;

fn note(comptime fmt: []const u8, args: anytype) void {
    const s = std.fmt.bufPrint(log_buf[log_len..], fmt ++ "; ", args) catch return;
    log_len += s.len;
}

fn step(name: []const u8, fail: ?LoadError) LoadError!void {
    note("step {s}", .{name});
    if (fail) |e| return e;
}

fn load(fail_at: u8) LoadError!u32 {
    defer note("defer outer", .{});
    try step("open", if (fail_at == 1) error.ReadOnly else null);
    errdefer note("errdefer close", .{});
    try step("header", if (fail_at == 2) error.BadHeader else null);
    errdefer |e| note("errdefer saw {s}", .{@errorName(e)});
    {
        defer note("defer inner", .{});
        try step("body", if (fail_at == 3) error.Truncated else null);
    }
    try step("flush", if (fail_at == 4) error.DiskFull else null);
    return 42;
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    for (0..5) |i| {
        log_len = 0;
        const r = load(@intCast(i));
        try out.print("fail_at={d}: {!d}\n  {s}\n", .{ i, r, log_buf[0..log_len] });
        if (r) |_| {} else |err| switch (err) {
            error.DiskFull, error.ReadOnly => try out.print("  io problem\n", .{}),
            error.BadHeader, error.Truncated => try out.print("  parse problem\n", .{}),
        }
    }
    const names = comptime blk: {
        var s: []const u8 = "";
        for (@typeInfo(LoadError).error_set.?) |e| s = s ++ e.name ++ " ";
        break :blk s;
    };
    try out.print("LoadError = {s}\n", .{names});
    try out.print("{s}\n", .{@typeName(LoadError)});
    const e: anyerror = error.ReadOnly;
    try out.print("in IoError: {}\n", .{e == error.ReadOnly});
    return error.DiskFull;
}
