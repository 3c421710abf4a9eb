const std = @import("std.zig");

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

pub fn getStdOut() File {
    return .{ .handle = 1 };
}

pub fn getStdErr() File {
    return .{ .handle = 2 };
}

extern fn writeBytes(fd: i32, bytes: []const u8) File.WriteError!void;
extern fn printTo(fd: i32, comptime format: []const u8, args: anytype) File.WriteError!void;
