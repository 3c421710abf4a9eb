//! Readers and writers, after Zig 0.14's `lib/std/io.zig`. The standard streams are Heap Lab's:
//! `getStdOut()`/`getStdErr()` write through natives.

const std = @import("std.zig");
const mem = std.mem;
const Allocator = std.mem.Allocator;

/// Heap Lab's file for the standard streams (Zig's is `std.fs.File`).
pub const File = struct {
    handle: i32,

    pub const WriteError = error{ DiskQuota, FileTooBig, InputOutput, NoSpaceLeft, AccessDenied, BrokenPipe, Unexpected };

    pub fn writer(file: File) Writer {
        return .{ .context = file };
    }

    pub const ReadError = error{
        InputOutput,
        SystemResources,
        IsDir,
        OperationAborted,
        BrokenPipe,
        ConnectionResetByPeer,
        ConnectionTimedOut,
        NotOpenForReading,
        SocketNotConnected,
        WouldBlock,
        Canceled,
        AccessDenied,
        ProcessNotFound,
        LockViolation,
        Unexpected,
    };

    /// Reads from standard input (the only stream Heap Lab's programs can read); 0 at its end.
    pub fn read(file: File, buffer: []u8) ReadError!usize {
        if (file.handle != 0) return error.NotOpenForReading;
        return hlReadStdin(buffer);
    }

    pub fn readAll(file: File, buffer: []u8) ReadError!usize {
        var index: usize = 0;
        while (index != buffer.len) {
            const amt = try file.read(buffer[index..]);
            if (amt == 0) break;
            index += amt;
        }
        return index;
    }

    pub const Reader = GenericReader(File, ReadError, read);

    pub fn reader(file: File) Reader {
        return .{ .context = file };
    }

    pub fn writeAll(file: File, bytes: []const u8) WriteError!void {
        return writeBytes(file.handle, bytes);
    }

    pub fn write(file: File, bytes: []const u8) WriteError!usize {
        try writeBytes(file.handle, bytes);
        return bytes.len;
    }

    pub const Writer = struct {
        context: File,

        pub const Error = WriteError;

        pub fn print(self: Writer, comptime format: []const u8, args: anytype) WriteError!void {
            return printTo(self.context.handle, format, args);
        }

        pub fn writeAll(self: Writer, bytes: []const u8) WriteError!void {
            return writeBytes(self.context.handle, bytes);
        }

        pub fn write(self: Writer, bytes: []const u8) WriteError!usize {
            try writeBytes(self.context.handle, bytes);
            return bytes.len;
        }

        pub fn writeByte(self: Writer, byte: u8) WriteError!void {
            const one = [1]u8{byte};
            return writeBytes(self.context.handle, &one);
        }

        pub fn writeByteNTimes(self: Writer, byte: u8, n: usize) WriteError!void {
            var i: usize = 0;
            while (i < n) : (i += 1) try self.writeByte(byte);
        }

        pub fn writeBytesNTimes(self: Writer, bytes: []const u8, n: usize) WriteError!void {
            var i: usize = 0;
            while (i < n) : (i += 1) try self.writeAll(bytes);
        }

        pub inline fn writeInt(self: Writer, comptime T: type, value: T, endian: std.builtin.Endian) WriteError!void {
            return hlErrorCast(WriteError, self.any().writeInt(T, value, endian));
        }

        pub inline fn any(self: *const Writer) AnyWriter {
            return .{
                .context = @ptrCast(&self.context),
                .writeFn = typeErasedWriteFn,
            };
        }

        fn typeErasedWriteFn(context: *const anyopaque, bytes: []const u8) anyerror!usize {
            const ptr: *const File = @alignCast(@ptrCast(context));
            return ptr.write(bytes);
        }
    };
};

pub fn GenericReader(
    comptime Context: type,
    comptime ReadError: type,
    /// Returns the number of bytes read. It may be less than buffer.len.
    /// If the number of bytes read is 0, it means end of stream.
    /// End of stream is not an error condition.
    comptime readFn: fn (context: Context, buffer: []u8) ReadError!usize,
) type {
    return struct {
        context: Context,

        pub const Error = ReadError;
        pub const NoEofError = ReadError || error{
            EndOfStream,
        };

        pub inline fn read(self: Self, buffer: []u8) Error!usize {
            return readFn(self.context, buffer);
        }

        pub inline fn readAll(self: Self, buffer: []u8) Error!usize {
            return hlErrorCast(Error, self.any().readAll(buffer));
        }

        pub inline fn readAtLeast(self: Self, buffer: []u8, len: usize) Error!usize {
            return hlErrorCast(Error, self.any().readAtLeast(buffer, len));
        }

        pub inline fn readNoEof(self: Self, buf: []u8) NoEofError!void {
            return hlErrorCast(NoEofError, self.any().readNoEof(buf));
        }

        pub inline fn readAllArrayList(
            self: Self,
            array_list: *std.ArrayList(u8),
            max_append_size: usize,
        ) (error{StreamTooLong} || Allocator.Error || Error)!void {
            return hlErrorCast(error{StreamTooLong} || Allocator.Error || Error, self.any().readAllArrayList(array_list, max_append_size));
        }

        pub inline fn readAllArrayListAligned(
            self: Self,
            comptime alignment: ?u29,
            array_list: *std.ArrayListAligned(u8, alignment),
            max_append_size: usize,
        ) (error{StreamTooLong} || Allocator.Error || Error)!void {
            return hlErrorCast(error{StreamTooLong} || Allocator.Error || Error, self.any().readAllArrayListAligned(
                alignment,
                array_list,
                max_append_size,
            ));
        }

        pub inline fn readAllAlloc(
            self: Self,
            allocator: Allocator,
            max_size: usize,
        ) (Error || Allocator.Error || error{StreamTooLong})![]u8 {
            return hlErrorCast(Error || Allocator.Error || error{StreamTooLong}, self.any().readAllAlloc(allocator, max_size));
        }

        pub inline fn readUntilDelimiterArrayList(
            self: Self,
            array_list: *std.ArrayList(u8),
            delimiter: u8,
            max_size: usize,
        ) (NoEofError || Allocator.Error || error{StreamTooLong})!void {
            return hlErrorCast(NoEofError || Allocator.Error || error{StreamTooLong}, self.any().readUntilDelimiterArrayList(
                array_list,
                delimiter,
                max_size,
            ));
        }

        pub inline fn readUntilDelimiterAlloc(
            self: Self,
            allocator: Allocator,
            delimiter: u8,
            max_size: usize,
        ) (NoEofError || Allocator.Error || error{StreamTooLong})![]u8 {
            return hlErrorCast(NoEofError || Allocator.Error || error{StreamTooLong}, self.any().readUntilDelimiterAlloc(
                allocator,
                delimiter,
                max_size,
            ));
        }

        pub inline fn readUntilDelimiter(
            self: Self,
            buf: []u8,
            delimiter: u8,
        ) (NoEofError || error{StreamTooLong})![]u8 {
            return hlErrorCast(NoEofError || error{StreamTooLong}, self.any().readUntilDelimiter(buf, delimiter));
        }

        pub inline fn readUntilDelimiterOrEofAlloc(
            self: Self,
            allocator: Allocator,
            delimiter: u8,
            max_size: usize,
        ) (Error || Allocator.Error || error{StreamTooLong})!?[]u8 {
            return hlErrorCast(Error || Allocator.Error || error{StreamTooLong}, self.any().readUntilDelimiterOrEofAlloc(
                allocator,
                delimiter,
                max_size,
            ));
        }

        pub inline fn readUntilDelimiterOrEof(
            self: Self,
            buf: []u8,
            delimiter: u8,
        ) (Error || error{StreamTooLong})!?[]u8 {
            return hlErrorCast(Error || error{StreamTooLong}, self.any().readUntilDelimiterOrEof(buf, delimiter));
        }

        pub inline fn streamUntilDelimiter(
            self: Self,
            writer: anytype,
            delimiter: u8,
            optional_max_size: ?usize,
        ) (NoEofError || error{StreamTooLong} || @TypeOf(writer).Error)!void {
            return hlErrorCast(NoEofError || error{StreamTooLong} || @TypeOf(writer).Error, self.any().streamUntilDelimiter(
                writer,
                delimiter,
                optional_max_size,
            ));
        }

        pub inline fn skipUntilDelimiterOrEof(self: Self, delimiter: u8) Error!void {
            return hlErrorCast(Error, self.any().skipUntilDelimiterOrEof(delimiter));
        }

        pub inline fn readByte(self: Self) NoEofError!u8 {
            return hlErrorCast(NoEofError, self.any().readByte());
        }

        pub inline fn readByteSigned(self: Self) NoEofError!i8 {
            return hlErrorCast(NoEofError, self.any().readByteSigned());
        }

        pub inline fn readBytesNoEof(
            self: Self,
            comptime num_bytes: usize,
        ) NoEofError![num_bytes]u8 {
            return hlErrorCast(NoEofError, self.any().readBytesNoEof(num_bytes));
        }

        pub inline fn readIntoBoundedBytes(
            self: Self,
            comptime num_bytes: usize,
            bounded: *std.BoundedArray(u8, num_bytes),
        ) Error!void {
            return hlErrorCast(Error, self.any().readIntoBoundedBytes(num_bytes, bounded));
        }

        pub inline fn readBoundedBytes(
            self: Self,
            comptime num_bytes: usize,
        ) Error!std.BoundedArray(u8, num_bytes) {
            return hlErrorCast(Error, self.any().readBoundedBytes(num_bytes));
        }

        pub inline fn readInt(self: Self, comptime T: type, endian: std.builtin.Endian) NoEofError!T {
            return hlErrorCast(NoEofError, self.any().readInt(T, endian));
        }

        pub inline fn readVarInt(
            self: Self,
            comptime ReturnType: type,
            endian: std.builtin.Endian,
            size: usize,
        ) NoEofError!ReturnType {
            return hlErrorCast(NoEofError, self.any().readVarInt(ReturnType, endian, size));
        }

        pub const SkipBytesOptions = AnyReader.SkipBytesOptions;

        pub inline fn skipBytes(
            self: Self,
            num_bytes: u64,
            comptime options: SkipBytesOptions,
        ) NoEofError!void {
            return hlErrorCast(NoEofError, self.any().skipBytes(num_bytes, options));
        }

        pub inline fn isBytes(self: Self, slice: []const u8) NoEofError!bool {
            return hlErrorCast(NoEofError, self.any().isBytes(slice));
        }

        pub inline fn readStruct(self: Self, comptime T: type) NoEofError!T {
            return hlErrorCast(NoEofError, self.any().readStruct(T));
        }

        pub inline fn readStructEndian(self: Self, comptime T: type, endian: std.builtin.Endian) NoEofError!T {
            return hlErrorCast(NoEofError, self.any().readStructEndian(T, endian));
        }

        pub const ReadEnumError = NoEofError || error{
            /// An integer was read, but it did not match any of the tags in the supplied enum.
            InvalidValue,
        };

        pub inline fn readEnum(
            self: Self,
            comptime Enum: type,
            endian: std.builtin.Endian,
        ) ReadEnumError!Enum {
            return hlErrorCast(ReadEnumError, self.any().readEnum(Enum, endian));
        }

        pub inline fn any(self: *const Self) AnyReader {
            return .{
                .context = @ptrCast(&self.context),
                .readFn = typeErasedReadFn,
            };
        }

        const Self = @This();

        fn typeErasedReadFn(context: *const anyopaque, buffer: []u8) anyerror!usize {
            const ptr: *const Context = @alignCast(@ptrCast(context));
            return readFn(ptr.*, buffer);
        }
    };
}

pub fn GenericWriter(
    comptime Context: type,
    comptime WriteError: type,
    comptime writeFn: fn (context: Context, bytes: []const u8) WriteError!usize,
) type {
    return struct {
        context: Context,

        const Self = @This();
        pub const Error = WriteError;

        pub inline fn write(self: Self, bytes: []const u8) Error!usize {
            return writeFn(self.context, bytes);
        }

        pub inline fn writeAll(self: Self, bytes: []const u8) Error!void {
            return hlErrorCast(Error, self.any().writeAll(bytes));
        }

        pub inline fn print(self: Self, comptime format: []const u8, args: anytype) Error!void {
            return hlErrorCast(Error, self.any().print(format, args));
        }

        pub inline fn writeByte(self: Self, byte: u8) Error!void {
            return hlErrorCast(Error, self.any().writeByte(byte));
        }

        pub inline fn writeByteNTimes(self: Self, byte: u8, n: usize) Error!void {
            return hlErrorCast(Error, self.any().writeByteNTimes(byte, n));
        }

        pub inline fn writeBytesNTimes(self: Self, bytes: []const u8, n: usize) Error!void {
            return hlErrorCast(Error, self.any().writeBytesNTimes(bytes, n));
        }

        pub inline fn writeInt(self: Self, comptime T: type, value: T, endian: std.builtin.Endian) Error!void {
            return hlErrorCast(Error, self.any().writeInt(T, value, endian));
        }

        pub inline fn writeStruct(self: Self, value: anytype) Error!void {
            return hlErrorCast(Error, self.any().writeStruct(value));
        }

        pub inline fn writeStructEndian(self: Self, value: anytype, endian: std.builtin.Endian) Error!void {
            return hlErrorCast(Error, self.any().writeStructEndian(value, endian));
        }

        pub inline fn any(self: *const Self) AnyWriter {
            return .{
                .context = @ptrCast(&self.context),
                .writeFn = typeErasedWriteFn,
            };
        }

        fn typeErasedWriteFn(context: *const anyopaque, bytes: []const u8) anyerror!usize {
            const ptr: *const Context = @alignCast(@ptrCast(context));
            return writeFn(ptr.*, bytes);
        }
    };
}

/// Heap Lab: `@errorCast` of an error union from AnyReader/AnyWriter to the error set `E`
/// (Heap Lab has no @errorCast yet).
fn hlErrorCast(comptime E: type, r: anytype) E!@typeInfo(@TypeOf(r)).error_union.payload {
    return r catch |err| {
        inline for (@typeInfo(E).error_set.?) |e| {
            if (err == @field(E, e.name)) return @field(E, e.name);
        }
        unreachable;
    };
}

/// Deprecated; consider switching to `AnyReader` or use `GenericReader`
/// to use previous API.
pub const Reader = GenericReader;
/// Deprecated; consider switching to `AnyWriter` or use `GenericWriter`
/// to use previous API.
pub const Writer = GenericWriter;

pub const AnyReader = @import("io/Reader.zig");
pub const AnyWriter = @import("io/Writer.zig");

pub const SeekableStream = @import("io/seekable_stream.zig").SeekableStream;

pub const BufferedReader = @import("io/buffered_reader.zig").BufferedReader;
pub const bufferedReader = @import("io/buffered_reader.zig").bufferedReader;
pub const bufferedReaderSize = @import("io/buffered_reader.zig").bufferedReaderSize;
pub const BufferedWriter = @import("io/buffered_writer.zig").BufferedWriter;
pub const bufferedWriter = @import("io/buffered_writer.zig").bufferedWriter;

pub const FixedBufferStream = @import("io/fixed_buffer_stream.zig").FixedBufferStream;
pub const fixedBufferStream = @import("io/fixed_buffer_stream.zig").fixedBufferStream;

pub const CountingWriter = @import("io/counting_writer.zig").CountingWriter;
pub const countingWriter = @import("io/counting_writer.zig").countingWriter;

pub const tty = @import("io/tty.zig");

/// A Writer that doesn't write to anything.
pub const null_writer: NullWriter = .{ .context = {} };

pub const NullWriter = Writer(void, error{}, dummyWrite);
fn dummyWrite(context: void, data: []const u8) error{}!usize {
    _ = context;
    return data.len;
}

pub fn getStdIn() File {
    return .{ .handle = 0 };
}

pub fn getStdOut() File {
    return .{ .handle = 1 };
}

pub fn getStdErr() File {
    return .{ .handle = 2 };
}

extern fn hlReadStdin(buffer: []u8) usize;
extern fn writeBytes(fd: i32, bytes: []const u8) File.WriteError!void;
extern fn printTo(fd: i32, comptime format: []const u8, args: anytype) File.WriteError!void;
