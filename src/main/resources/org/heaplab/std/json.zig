//! JSON output, after Zig 0.14's `std.json.stringify` family: structs (named and anonymous)
//! become objects, tuples, arrays and slices become arrays, `[]const u8` becomes a string,
//! enums and errors their names, optionals `null` or their payload. Heap Lab renders the text
//! in Java; what reaches the writer, and what the writer allocates, is as in Zig: the opening
//! bracket first, then the nesting stack (which `stringifyAlloc`'s writer allocates from the
//! same allocator as the output), then the rest.

const std = @import("std.zig");
const Allocator = std.mem.Allocator;

pub const StringifyOptions = struct {
    /// Whitespace between tokens: none, or a newline and an indent per nesting level.
    whitespace: enum { minified, indent_1, indent_2, indent_3, indent_4, indent_8, indent_tab } = .minified,
    /// Whether struct fields that are null optionals are written (as `null`) or left out.
    emit_null_optional_fields: bool = true,
    /// Write `[]u8` as arrays of numbers instead of strings.
    emit_strings_as_arrays: bool = false,
    /// Escape every non-ASCII character as `\uXXXX`.
    escape_unicode: bool = false,
    /// Write integers too large for a double as strings.
    emit_nonportable_numbers_as_strings: bool = false,
};

/// Writes `value` as JSON to `out_stream` (anything with `writeAll`), allocating nothing.
pub fn stringify(value: anytype, options: StringifyOptions, out_stream: anytype) @TypeOf(out_stream).Error!void {
    var jw = writeStream(out_stream, options);
    defer jw.deinit();
    try jw.write(value);
}

/// Like `stringify`, with the nesting stack allocated from `allocator`, so any depth works.
pub fn stringifyArbitraryDepth(allocator: Allocator, value: anytype, options: StringifyOptions, out_stream: anytype) WriteStream(@TypeOf(out_stream), true).Error!void {
    var jw = writeStreamArbitraryDepth(allocator, out_stream, options);
    defer jw.deinit();
    try jw.write(value);
}

/// The JSON text of `value` in memory from `allocator`; the caller owns (and frees) it.
pub fn stringifyAlloc(allocator: Allocator, value: anytype, options: StringifyOptions) error{OutOfMemory}![]u8 {
    var list = std.ArrayList(u8).init(allocator);
    errdefer list.deinit();
    try stringifyArbitraryDepth(allocator, value, options, list.writer());
    return list.toOwnedSlice();
}

pub fn writeStream(out_stream: anytype, options: StringifyOptions) WriteStream(@TypeOf(out_stream), false) {
    return WriteStream(@TypeOf(out_stream), false).init(undefined, out_stream, options);
}

pub fn writeStreamArbitraryDepth(allocator: Allocator, out_stream: anytype, options: StringifyOptions) WriteStream(@TypeOf(out_stream), true) {
    return WriteStream(@TypeOf(out_stream), true).init(allocator, out_stream, options);
}

/// Up to 256 levels of nesting without allocating.
const FixedNesting = struct {
    bits: [256 / 8]u8 = undefined,
    bit_len: usize = 0,

    fn push(self: *FixedNesting, b: u1) error{}!void {
        std.debug.assert(self.bit_len < 256); // nesting too deep for std.json.stringify
        _ = b;
        self.bit_len += 1;
    }

    fn pop(self: *FixedNesting) u1 {
        self.bit_len -= 1;
        return 1;
    }

    fn deinit(self: *FixedNesting) void {
        self.* = undefined;
    }
};

pub fn WriteStream(comptime OutStream: type, comptime arbitrary_depth: bool) type {
    return struct {
        const Self = @This();
        const Nesting = if (arbitrary_depth) std.BitStack else FixedNesting;

        pub const Stream = OutStream;
        pub const Error = if (arbitrary_depth) OutStream.Error || error{OutOfMemory} else OutStream.Error;

        options: StringifyOptions,
        stream: OutStream,
        nesting_stack: Nesting,

        pub fn init(safety_allocator: Allocator, stream: OutStream, options: StringifyOptions) Self {
            return .{
                .options = options,
                .stream = stream,
                .nesting_stack = if (arbitrary_depth) std.BitStack.init(safety_allocator) else FixedNesting{},
            };
        }

        pub fn deinit(self: *Self) void {
            self.nesting_stack.deinit();
            self.* = undefined;
        }

        /// Writes one whole value.
        pub fn write(self: *Self, value: anytype) Error!void {
            const text = renderNative(value, indentOf(self.options), self.options.emit_null_optional_fields, self.options.emit_strings_as_arrays, self.options.escape_unicode);
            defer std.fmt.hlDrop(text);
            const depth = std.fmt.hlAux(text);
            var chunk: [256]u8 = undefined;
            if (depth > 0) {
                // the opening bracket, then one nesting-stack entry per level
                const n = std.fmt.hlTake(text, chunk[0..1]);
                try self.stream.writeAll(chunk[0..n]);
                var level: usize = 0;
                while (level < depth) : (level += 1) try self.nesting_stack.push(1);
            }
            while (true) {
                const n = std.fmt.hlTake(text, &chunk);
                if (n == 0) break;
                try self.stream.writeAll(chunk[0..n]);
            }
            var level: usize = 0;
            while (level < depth) : (level += 1) _ = self.nesting_stack.pop();
        }
    };
}

fn indentOf(options: StringifyOptions) i8 {
    return switch (options.whitespace) {
        .minified => 0,
        .indent_1 => 1,
        .indent_2 => 2,
        .indent_3 => 3,
        .indent_4 => 4,
        .indent_8 => 8,
        .indent_tab => -1,
    };
}

extern fn renderNative(value: anytype, indent: i8, emit_null_optional_fields: bool, emit_strings_as_arrays: bool, escape_unicode: bool) usize;
