const std = @import("std");

const NetError = error{ Timeout, Refused };
const FileError = error{ NotFound, Denied };
const AppError = NetError || FileError || error{Fatal};

fn fetch(i: u8) AppError!u32 {
    return switch (i) {
        0 => 200,
        1 => error.Timeout,
        2 => error.NotFound,
        3 => error.Denied,
        else => error.Fatal,
    };
}

fn fetchWithRetry(i: u8) AppError!u32 {
    return fetch(i) catch |err| switch (err) {
        error.Timeout => {
            std.debug.print("  retrying after timeout\n", .{});
            return 503;
        },
        error.NotFound, error.Denied => |e| {
            std.debug.print("  file problem: {s}\n", .{@errorName(e)});
            return 404;
        },
        else => |e| return e,
    };
}

fn toNet(e: AppError) ?NetError {
    return switch (e) {
        error.Timeout, error.Refused => @errorCast(e),
        else => null,
    };
}

pub fn main() !void {
    for (0..5) |i| {
        const r = fetchWithRetry(@intCast(i));
        std.debug.print("{d}: {!d}\n", .{ i, r });
    }
    std.debug.print("{?}\n", .{toNet(error.Refused)});
    std.debug.print("{?}\n", .{toNet(error.Denied)});
    const e: anyerror = error.Denied;
    std.debug.print("{s} {}\n", .{ @errorName(e), e == error.Denied });
    _ = try fetchWithRetry(4);
}
