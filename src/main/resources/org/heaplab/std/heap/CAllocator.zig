//! `std.heap.c_allocator` and `raw_c_allocator` for programs linked with libc (`zig run -lc`).
//! Heap Lab has no libc, so this is a small malloc of its own, in the spirit of glibc's: every
//! block has a 16-byte header before it holding its size class; freed blocks go on a free list
//! per size class and are reused first (so, unlike the page allocator and the debug allocator,
//! addresses come back, and a use after free reads someone else's data instead of faulting);
//! new blocks are cut from 64 KiB chunks of pages; blocks larger than 32 KiB get pages of their
//! own. There are no leak or double-free reports: that is what the debug allocator is for.

const std = @import("../std.zig");
const Allocator = std.mem.Allocator;
const Alignment = std.mem.Alignment;

const header_size = 16;
const chunk_size = 64 * 1024;
const largest_class = 15; // 32 KiB
const large_marker: usize = 0xffff;

/// The newest freed block of each size class (2^4 .. 2^15 bytes), linked through their first word.
var free_lists: [largest_class + 1]usize = [_]usize{0} ** (largest_class + 1);
var chunk_next: usize = 0;
var chunk_end: usize = 0;

pub const vtable: Allocator.VTable = .{
    .alloc = alloc,
    .resize = resize,
    .remap = remap,
    .free = free,
};

fn classOf(n: usize) usize {
    var c: usize = 4;
    while ((@as(usize, 1) << @intCast(c)) < n) c += 1;
    return c;
}

/// malloc(n): a block of at least `n` bytes, 16-aligned.
fn malloc(n: usize) ?usize {
    const c = classOf(@max(n, 1));
    if (c > largest_class) {
        const pages = std.heap.page_allocator.rawAlloc(n + header_size, Alignment.fromByteUnits(16), @returnAddress()) orelse return null;
        const base = @intFromPtr(pages);
        @as(*usize, @ptrFromInt(base)).* = large_marker;
        @as(*usize, @ptrFromInt(base + 8)).* = n;
        return base + header_size;
    }
    if (free_lists[c] != 0) {
        const block = free_lists[c];
        free_lists[c] = @as(*usize, @ptrFromInt(block)).*;
        return block;
    }
    const size = header_size + (@as(usize, 1) << @intCast(c));
    if (chunk_next + size > chunk_end) {
        const chunk = std.heap.page_allocator.rawAlloc(chunk_size, Alignment.fromByteUnits(16), @returnAddress()) orelse return null;
        chunk_next = @intFromPtr(chunk);
        chunk_end = chunk_next + chunk_size;
    }
    const base = chunk_next;
    chunk_next += size;
    @as(*usize, @ptrFromInt(base)).* = c;
    return base + header_size;
}

/// How many bytes the block really has (malloc_usable_size).
fn usableSize(block: usize) usize {
    const c = @as(*usize, @ptrFromInt(block - header_size)).*;
    if (c == large_marker) return @as(*usize, @ptrFromInt(block - 8)).*;
    return @as(usize, 1) << @intCast(c);
}

fn cfree(block: usize) void {
    const c = @as(*usize, @ptrFromInt(block - header_size)).*;
    if (c == large_marker) {
        const n = @as(*usize, @ptrFromInt(block - 8)).*;
        const base: [*]u8 = @ptrFromInt(block - header_size);
        std.heap.page_allocator.rawFree(base[0 .. n + header_size], Alignment.fromByteUnits(16), @returnAddress());
        return;
    }
    @as(*usize, @ptrFromInt(block)).* = free_lists[c];
    free_lists[c] = block;
}

fn alloc(ctx: *anyopaque, len: usize, alignment: Alignment, return_address: usize) ?[*]u8 {
    _ = ctx;
    _ = return_address;
    const a = alignment.toByteUnits();
    if (a <= 16) return @ptrFromInt(malloc(len) orelse return null);
    // stricter alignment: over-allocate and remember where the block starts, as Zig does without posix_memalign
    const block = malloc(len + a) orelse return null;
    const aligned = std.mem.alignForward(usize, block + 8, a);
    @as(*usize, @ptrFromInt(aligned - 8)).* = block;
    return @ptrFromInt(aligned);
}

fn blockOf(ptr: usize, alignment: Alignment) usize {
    if (alignment.toByteUnits() <= 16) return ptr;
    return @as(*usize, @ptrFromInt(ptr - 8)).*;
}

fn resize(ctx: *anyopaque, buf: []u8, alignment: Alignment, new_len: usize, return_address: usize) bool {
    _ = ctx;
    _ = return_address;
    if (new_len <= buf.len) return true;
    const block = blockOf(@intFromPtr(buf.ptr), alignment);
    const room = usableSize(block) - (@intFromPtr(buf.ptr) - block);
    return new_len <= room;
}

fn remap(ctx: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, return_address: usize) ?[*]u8 {
    return if (resize(ctx, memory, alignment, new_len, return_address)) memory.ptr else null;
}

fn free(ctx: *anyopaque, buf: []u8, alignment: Alignment, return_address: usize) void {
    _ = ctx;
    _ = return_address;
    cfree(blockOf(@intFromPtr(buf.ptr), alignment));
}
