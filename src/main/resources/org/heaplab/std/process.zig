//! After Zig 0.14's lib/std/process.zig: the program's arguments and environment, and exit.
//! Heap Lab runs a program as `zig run` runs it with no arguments, in an empty environment: its
//! only argument is its name, and no environment variable is set. That keeps a run the same
//! on every machine; the allocation pattern of `argsAlloc` is Zig's.

const std = @import("std");
const mem = std.mem;
const math = std.math;
const Allocator = mem.Allocator;

/// Ends the program at once with this exit status; pending defers do not run.
pub extern fn exit(status: u8) noreturn;

/// The arguments a run gets: its name.
const argv = [_][:0]const u8{"main"};

/// The command-line arguments, the program's name first (as Zig's POSIX iterator: nothing to free).
pub const ArgIterator = struct {
    index: usize = 0,

    pub const InitError = error{};

    pub fn init() ArgIterator {
        return .{};
    }

    /// On POSIX systems this allocates nothing; `deinit` is still to be called for portable code.
    pub fn initWithAllocator(allocator: Allocator) InitError!ArgIterator {
        _ = allocator;
        return .{};
    }

    /// The next argument, or null at the end.
    pub fn next(self: *ArgIterator) ?([:0]const u8) {
        if (self.index == argv.len) return null;
        const s = argv[self.index];
        self.index += 1;
        return s;
    }

    /// Parses past one argument: whether there was one.
    pub fn skip(self: *ArgIterator) bool {
        if (self.index == argv.len) return false;
        self.index += 1;
        return true;
    }

    pub fn deinit(self: *ArgIterator) void {
        _ = self;
    }
};

/// Holds the command-line arguments, with the program name as the first entry.
pub fn args() ArgIterator {
    return ArgIterator.init();
}

/// You must deinitialize iterator's internal buffers by calling `deinit` when done.
pub fn argsWithAllocator(allocator: Allocator) ArgIterator.InitError!ArgIterator {
    return ArgIterator.initWithAllocator(allocator);
}

/// The arguments in one allocation, freed with `argsFree`.
pub fn argsAlloc(allocator: Allocator) ![][:0]u8 {
    var it = try argsWithAllocator(allocator);
    defer it.deinit();

    var contents = std.ArrayList(u8).init(allocator);
    defer contents.deinit();

    var slice_list = std.ArrayList(usize).init(allocator);
    defer slice_list.deinit();

    while (it.next()) |arg| {
        try contents.appendSlice(arg[0 .. arg.len + 1]);
        try slice_list.append(arg.len);
    }

    const contents_slice = contents.items;
    const slice_sizes = slice_list.items;
    const slice_list_bytes = try math.mul(usize, @sizeOf([]u8), slice_sizes.len);
    const total_bytes = try math.add(usize, slice_list_bytes, contents_slice.len);
    const buf = try allocator.alignedAlloc(u8, @alignOf([]u8), total_bytes);
    errdefer allocator.free(buf);

    const result_slice_list = mem.bytesAsSlice([:0]u8, buf[0..slice_list_bytes]);
    const result_contents = buf[slice_list_bytes..];
    @memcpy(result_contents[0..contents_slice.len], contents_slice);

    var contents_index: usize = 0;
    for (slice_sizes, 0..) |len, i| {
        const new_index = contents_index + len;
        result_slice_list[i] = result_contents[contents_index..new_index :0];
        contents_index = new_index + 1;
    }

    return result_slice_list;
}

pub fn argsFree(allocator: Allocator, args_alloc: []const [:0]u8) void {
    var total_bytes: usize = 0;
    for (args_alloc) |arg| {
        total_bytes += @sizeOf([]u8) + arg.len + 1;
    }
    const unaligned_allocated_buf = @as([*]const u8, @ptrCast(args_alloc.ptr))[0..total_bytes];
    const aligned_allocated_buf: []align(@alignOf([]u8)) const u8 = @alignCast(unaligned_allocated_buf);
    return allocator.free(aligned_allocated_buf);
}

pub const GetEnvVarOwnedError = error{
    OutOfMemory,
    EnvironmentVariableNotFound,
    InvalidWtf8,
};

/// The value of an environment variable, allocated: in Heap Lab's empty environment, never found.
pub fn getEnvVarOwned(allocator: Allocator, key: []const u8) GetEnvVarOwnedError![]u8 {
    _ = allocator;
    _ = key;
    return error.EnvironmentVariableNotFound;
}

pub fn hasEnvVarConstant(comptime key: []const u8) bool {
    _ = key;
    return false;
}

pub const HasEnvVarError = error{
    OutOfMemory,
    InvalidWtf8,
};

pub fn hasEnvVar(allocator: Allocator, key: []const u8) HasEnvVarError!bool {
    _ = allocator;
    _ = key;
    return false;
}
