const std = @import("std.zig");
const Allocator = std.mem.Allocator;

pub const BufPrintError = error{NoSpaceLeft};
pub const AllocPrintError = error{OutOfMemory};

/// Formats into `buf`; the result is the part of `buf` that was written.
pub extern fn bufPrint(buf: []u8, comptime fmt: []const u8, args: anytype) BufPrintError![]u8;

/// How many bytes formatting would produce.
pub extern fn count(comptime fmt: []const u8, args: anytype) u64;

/// Formats into memory from `allocator`, sized exactly; the caller owns the result.
pub fn allocPrint(allocator: Allocator, comptime fmt: []const u8, args: anytype) AllocPrintError![]u8 {
    const size = std.math.cast(usize, count(fmt, args)) orelse return error.OutOfMemory;
    const buf = try allocator.alloc(u8, size);
    return bufPrint(buf, fmt, args) catch |err| switch (err) {
        error.NoSpaceLeft => unreachable, // we just counted the size above
    };
}

pub const ParseIntError = error{ Overflow, InvalidCharacter };

pub extern fn parseInt(comptime T: type, buf: []const u8, base: u8) ParseIntError!T;

/// Heap Lab's formatting for writers: formats into a text held by the machine and returns its
/// handle; `hlTake` copies the next part into `buf` (0 when all of it was taken) and `hlDrop`
/// releases it. No simulated memory is used, so a writer sees only its own writes.
pub extern fn hlFormat(comptime fmt: []const u8, args: anytype) usize;
pub extern fn hlTake(text: usize, buf: []u8) usize;
pub extern fn hlDrop(text: usize) void;
/// A number the native passed along with the text (JSON: how deeply its containers nest).
pub extern fn hlAux(text: usize) usize;
