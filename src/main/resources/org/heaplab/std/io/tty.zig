//! Terminal colors, after Zig 0.14's `lib/std/io/tty.zig` (Linux only: no Windows console API).

const std = @import("../std.zig");
const File = std.io.File;

/// Detect suitable TTY configuration options for the given file (commonly stdout/stderr).
/// Heap Lab: a program's output is never a terminal, so this is Zig's answer for a file or a
/// pipe without CLICOLOR_FORCE: no colors.
pub fn detectConfig(file: File) Config {
    _ = file;
    return .no_color;
}

pub const Color = enum {
    black,
    red,
    green,
    yellow,
    blue,
    magenta,
    cyan,
    white,
    bright_black,
    bright_red,
    bright_green,
    bright_yellow,
    bright_blue,
    bright_magenta,
    bright_cyan,
    bright_white,
    dim,
    bold,
    reset,
};

/// Provides simple functionality for manipulating the terminal in some way,
/// such as coloring text, etc.
pub const Config = union(enum) {
    no_color,
    escape_codes,
    windows_api: void,

    pub fn setColor(
        conf: Config,
        writer: anytype,
        color: Color,
    ) @TypeOf(writer).Error!void { // Zig: @typeInfo(@TypeOf(writer.writeAll(""))).error_union.error_set (Heap Lab cannot evaluate it yet)
        switch (conf) {
            .no_color => return,
            .escape_codes => {
                const color_string = switch (color) {
                    .black => "\x1b[30m",
                    .red => "\x1b[31m",
                    .green => "\x1b[32m",
                    .yellow => "\x1b[33m",
                    .blue => "\x1b[34m",
                    .magenta => "\x1b[35m",
                    .cyan => "\x1b[36m",
                    .white => "\x1b[37m",
                    .bright_black => "\x1b[90m",
                    .bright_red => "\x1b[91m",
                    .bright_green => "\x1b[92m",
                    .bright_yellow => "\x1b[93m",
                    .bright_blue => "\x1b[94m",
                    .bright_magenta => "\x1b[95m",
                    .bright_cyan => "\x1b[96m",
                    .bright_white => "\x1b[97m",
                    .bold => "\x1b[1m",
                    .dim => "\x1b[2m",
                    .reset => "\x1b[0m",
                };
                try writer.writeAll(color_string);
            },
            .windows_api => unreachable,
        }
    }
};
