//! ASCII character classes and case conversion, after Zig 0.14's `std.ascii`.

const std = @import("std.zig");

/// Space, tab, newline, carriage return, vertical tab and form feed.
pub const whitespace = [_]u8{ ' ', '\t', '\n', '\r', 11, 12 };

pub fn isDigit(c: u8) bool {
    return c >= '0' and c <= '9';
}

pub fn isHex(c: u8) bool {
    return isDigit(c) or (c >= 'a' and c <= 'f') or (c >= 'A' and c <= 'F');
}

pub fn isLower(c: u8) bool {
    return c >= 'a' and c <= 'z';
}

pub fn isUpper(c: u8) bool {
    return c >= 'A' and c <= 'Z';
}

pub fn isAlphabetic(c: u8) bool {
    return isLower(c) or isUpper(c);
}

pub fn isAlphanumeric(c: u8) bool {
    return isAlphabetic(c) or isDigit(c);
}

pub fn isWhitespace(c: u8) bool {
    for (whitespace) |w| {
        if (c == w) return true;
    }
    return false;
}

pub fn isControl(c: u8) bool {
    return c <= 31 or c == 127;
}

pub fn isPrint(c: u8) bool {
    return c >= ' ' and c <= '~';
}

pub fn isAscii(c: u8) bool {
    return c < 128;
}

pub fn toUpper(c: u8) u8 {
    return if (isLower(c)) c - ('a' - 'A') else c;
}

pub fn toLower(c: u8) u8 {
    return if (isUpper(c)) c + ('a' - 'A') else c;
}

/// Writes the lower-case version of `ascii_string` into `output` and returns that part of it.
pub fn lowerString(output: []u8, ascii_string: []const u8) []u8 {
    std.debug.assert(output.len >= ascii_string.len);
    for (ascii_string, 0..) |c, i| output[i] = toLower(c);
    return output[0..ascii_string.len];
}

/// Writes the upper-case version of `ascii_string` into `output` and returns that part of it.
pub fn upperString(output: []u8, ascii_string: []const u8) []u8 {
    std.debug.assert(output.len >= ascii_string.len);
    for (ascii_string, 0..) |c, i| output[i] = toUpper(c);
    return output[0..ascii_string.len];
}

/// The lower-case copy of `ascii_string`, allocated; the caller owns it.
pub fn allocLowerString(allocator: std.mem.Allocator, ascii_string: []const u8) ![]u8 {
    const result = try allocator.alloc(u8, ascii_string.len);
    return lowerString(result, ascii_string);
}

/// The upper-case copy of `ascii_string`, allocated; the caller owns it.
pub fn allocUpperString(allocator: std.mem.Allocator, ascii_string: []const u8) ![]u8 {
    const result = try allocator.alloc(u8, ascii_string.len);
    return upperString(result, ascii_string);
}

pub fn eqlIgnoreCase(a: []const u8, b: []const u8) bool {
    if (a.len != b.len) return false;
    for (a, b) |a_c, b_c| {
        if (toLower(a_c) != toLower(b_c)) return false;
    }
    return true;
}
