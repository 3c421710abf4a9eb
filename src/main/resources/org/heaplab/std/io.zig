const std = @import("std.zig");

pub const tty = @import("io/tty.zig");

pub const File = struct {
    handle: i32,

    pub const WriteError = error{ DiskQuota, FileTooBig, InputOutput, NoSpaceLeft, AccessDenied, BrokenPipe, Unexpected };

    pub fn writer(file: File) Writer {
        return .{ .context = file };
    }

    pub fn writeAll(file: File, bytes: []const u8) WriteError!void {
        return writeBytes(file.handle, bytes);
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
    };
};

/// A writer over any context and write function, after Zig 0.14's `std.io.GenericWriter`
/// (`std.io.Writer`): everything goes through `writeFn`, which may write fewer bytes than given.
pub fn GenericWriter(
    comptime Context: type,
    comptime WriteError: type,
    comptime writeFn: fn (context: Context, bytes: []const u8) WriteError!usize,
) type {
    return struct {
        context: Context,

        const Self = @This();
        pub const Error = WriteError;

        pub fn write(self: Self, bytes: []const u8) Error!usize {
            return writeFn(self.context, bytes);
        }

        pub fn writeAll(self: Self, bytes: []const u8) Error!void {
            var index: usize = 0;
            while (index != bytes.len) {
                index += try self.write(bytes[index..]);
            }
        }

        /// Formats with Zig's syntax; the text reaches `writeFn` in pieces of up to 256 bytes.
        pub fn print(self: Self, comptime format: []const u8, args: anytype) Error!void {
            const text = std.fmt.hlFormat(format, args);
            defer std.fmt.hlDrop(text);
            var chunk: [256]u8 = undefined;
            while (true) {
                const n = std.fmt.hlTake(text, &chunk);
                if (n == 0) return;
                try self.writeAll(chunk[0..n]);
            }
        }

        pub fn writeByte(self: Self, byte: u8) Error!void {
            const array = [1]u8{byte};
            return self.writeAll(&array);
        }

        pub fn writeByteNTimes(self: Self, byte: u8, n: usize) Error!void {
            var bytes: [256]u8 = undefined;
            @memset(bytes[0..], byte);
            var remaining: usize = n;
            while (remaining > 0) {
                const to_write = @min(remaining, bytes.len);
                try self.writeAll(bytes[0..to_write]);
                remaining -= to_write;
            }
        }

        pub fn writeBytesNTimes(self: Self, bytes: []const u8, n: usize) Error!void {
            var i: usize = 0;
            while (i < n) : (i += 1) {
                try self.writeAll(bytes);
            }
        }
    };
}

pub const Writer = GenericWriter;

/// Reads from and writes to a buffer the program owns, after Zig 0.14's `std.io.FixedBufferStream`.
pub fn FixedBufferStream(comptime Buffer: type) type {
    return struct {
        buffer: Buffer,
        pos: usize,

        const Self = @This();

        pub const WriteError = error{NoSpaceLeft};
        pub const ReadError = error{};
        pub const Writer = GenericWriter(*Self, WriteError, write);

        pub fn writer(self: *Self) Writer {
            return .{ .context = self };
        }

        /// Writes as much of `bytes` as fits; NoSpaceLeft when nothing does.
        pub fn write(self: *Self, bytes: []const u8) WriteError!usize {
            if (bytes.len == 0) return 0;
            if (self.pos >= self.buffer.len) return error.NoSpaceLeft;
            const n = @min(self.buffer.len - self.pos, bytes.len);
            @memcpy(self.buffer[self.pos..][0..n], bytes[0..n]);
            self.pos += n;
            if (n == 0) return error.NoSpaceLeft;
            return n;
        }

        pub fn read(self: *Self, dest: []u8) ReadError!usize {
            const size = @min(dest.len, self.buffer.len - self.pos);
            const end = self.pos + size;
            @memcpy(dest[0..size], self.buffer[self.pos..end]);
            self.pos = end;
            return size;
        }

        pub fn getWritten(self: Self) Buffer {
            return self.buffer[0..self.pos];
        }

        pub fn getPos(self: Self) error{}!u64 {
            return self.pos;
        }

        pub fn reset(self: *Self) void {
            self.pos = 0;
        }
    };
}

pub fn fixedBufferStream(buffer: anytype) FixedBufferStream(@hl_sliceOf(@TypeOf(buffer))) {
    return .{ .buffer = buffer, .pos = 0 };
}

pub fn getStdOut() File {
    return .{ .handle = 1 };
}

pub fn getStdErr() File {
    return .{ .handle = 2 };
}

extern fn writeBytes(fd: i32, bytes: []const u8) File.WriteError!void;
extern fn printTo(fd: i32, comptime format: []const u8, args: anytype) File.WriteError!void;
