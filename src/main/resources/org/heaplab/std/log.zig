//! Logging, after Zig 0.14's `lib/std/log.zig`. Heap Lab has no `@import("root")`, so
//! `std_options` of the program is not read: the level is `default_level` and the log
//! function is `defaultLog` (`zig run`) or the test runner's (`zig test`).

const std = @import("std.zig");
const builtin = @import("builtin");

pub const Level = enum {
    /// Error: something has gone wrong. This might be recoverable or might
    /// be followed by the program exiting.
    err,
    /// Warning: it is uncertain if something has gone wrong or not, but the
    /// circumstances would be worth investigating.
    warn,
    /// Info: general messages about the state of the program.
    info,
    /// Debug: messages only useful for debugging.
    debug,

    /// Returns a string literal of the given level in full text form.
    pub fn asText(comptime self: Level) []const u8 {
        return switch (self) {
            .err => "error",
            .warn => "warning",
            .info => "info",
            .debug => "debug",
        };
    }
};

/// The default log level is based on build mode.
pub const default_level: Level = switch (builtin.mode) {
    .Debug => .debug,
    .ReleaseSafe => .info,
    .ReleaseFast, .ReleaseSmall => .err,
};

// Heap Lab: Zig reads these from std.options (the root's std_options).
const level = default_level;

pub const ScopeLevel = struct {
    scope: @Type(.enum_literal),
    level: Level,
};

const scope_levels: []const ScopeLevel = &.{};

fn log(
    comptime message_level: Level,
    comptime scope: @Type(.enum_literal),
    comptime format: []const u8,
    args: anytype,
) void {
    if (comptime !logEnabled(message_level, scope)) return;

    // Heap Lab: std.options.logFn, which is the test runner's `log` under `zig test`.
    if (builtin.is_test) {
        testRunnerLog(message_level, scope, format, args);
    } else {
        defaultLog(message_level, scope, format, args);
    }
}

/// Determine if a specific log message level and scope combination are enabled for logging.
pub fn logEnabled(comptime message_level: Level, comptime scope: @Type(.enum_literal)) bool {
    inline for (scope_levels) |scope_level| {
        // Heap Lab: Zig compares `scope_level.scope == scope`.
        if (comptime std.mem.eql(u8, @tagName(scope_level.scope), @tagName(scope))) return @intFromEnum(message_level) <= @intFromEnum(scope_level.level);
    }
    return @intFromEnum(message_level) <= @intFromEnum(level);
}

/// Determine if a specific log message level using the default log scope is enabled for logging.
pub fn defaultLogEnabled(comptime message_level: Level) bool {
    return comptime logEnabled(message_level, default_log_scope);
}

/// The default implementation for the log function: prints to stderr.
pub fn defaultLog(
    comptime message_level: Level,
    comptime scope: @Type(.enum_literal),
    comptime format: []const u8,
    args: anytype,
) void {
    const level_txt = comptime message_level.asText();
    // Heap Lab: Zig compares `scope == .default` (Heap Lab cannot compare enum literals yet).
    const prefix2 = if (comptime std.mem.eql(u8, @tagName(scope), "default")) ": " else "(" ++ @tagName(scope) ++ "): ";
    const stderr = std.io.getStdErr().writer();
    var bw = std.io.bufferedWriter(stderr);
    const writer = bw.writer();

    // Heap Lab runs one thread: no std.debug.lockStdErr.
    writer.print(level_txt ++ prefix2 ++ format ++ "\n", args) catch return;
    bw.flush() catch return;
}

/// Heap Lab: the test runner's log function (lib/compiler/test_runner.zig), which counts the
/// errors logged into the runner's (Heap Lab's) count.
fn testRunnerLog(
    comptime message_level: Level,
    comptime scope: @Type(.enum_literal),
    comptime format: []const u8,
    args: anytype,
) void {
    if (@intFromEnum(message_level) <= @intFromEnum(Level.err)) {
        hlCountLoggedError();
    }
    if (@intFromEnum(message_level) <= @intFromEnum(std.testing.log_level)) {
        std.debug.print(
            "[" ++ @tagName(scope) ++ "] (" ++ @tagName(message_level) ++ "): " ++ format ++ "\n",
            args,
        );
    }
}

/// Returns a scoped logging namespace that logs all messages using the scope provided here.
pub fn scoped(comptime scope: @Type(.enum_literal)) type {
    return struct {
        /// Log an error message.
        pub fn err(
            comptime format: []const u8,
            args: anytype,
        ) void {
            @branchHint(.cold);
            log(.err, scope, format, args);
        }

        /// Log a warning message.
        pub fn warn(
            comptime format: []const u8,
            args: anytype,
        ) void {
            log(.warn, scope, format, args);
        }

        /// Log an info message.
        pub fn info(
            comptime format: []const u8,
            args: anytype,
        ) void {
            log(.info, scope, format, args);
        }

        /// Log a debug message.
        pub fn debug(
            comptime format: []const u8,
            args: anytype,
        ) void {
            log(.debug, scope, format, args);
        }
    };
}

pub const default_log_scope = .default;

/// The default scoped logging namespace.
pub const default = scoped(default_log_scope);

/// Log an error message using the default scope.
pub const err = default.err;

/// Log a warning message using the default scope.
pub const warn = default.warn;

/// Log an info message using the default scope.
pub const info = default.info;

/// Log a debug message using the default scope.
pub const debug = default.debug;

/// Heap Lab: adds one to the test runner's count of errors logged.
extern fn hlCountLoggedError() void;
