//! The standard memory allocation interface, after Zig 0.14's `std.mem.Allocator`:
//! a type-erased pointer and a vtable of four functions. Failure is a value (null or false);
//! the typed helpers turn it into `error.OutOfMemory` and fill fresh memory with 0xAA.

const std = @import("../std.zig");
const math = std.math;
const mem = std.mem;
const Alignment = mem.Alignment;
const Allocator = @This();

pub const Error = error{OutOfMemory};

ptr: *anyopaque,
vtable: *const VTable,

pub const VTable = struct {
    alloc: *const fn (*anyopaque, len: usize, alignment: Alignment, ret_addr: usize) ?[*]u8,
    resize: *const fn (*anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) bool,
    remap: *const fn (*anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) ?[*]u8,
    free: *const fn (*anyopaque, memory: []u8, alignment: Alignment, ret_addr: usize) void,
};

pub fn noResize(self: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) bool {
    _ = self;
    _ = memory;
    _ = alignment;
    _ = new_len;
    _ = ret_addr;
    return false;
}

pub fn noRemap(self: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) ?[*]u8 {
    _ = self;
    _ = memory;
    _ = alignment;
    _ = new_len;
    _ = ret_addr;
    return null;
}

pub fn noFree(self: *anyopaque, memory: []u8, alignment: Alignment, ret_addr: usize) void {
    _ = self;
    _ = memory;
    _ = alignment;
    _ = ret_addr;
}

// Each raw call also tells Heap Lab's allocator chain that it starts and what it returned
// (the hl* functions), which is how the lab knows every allocator, built in or not. The lab
// may answer hlEnter with "fail this call" (fault injection: the call returns null or false
// without reaching the allocator, as under std.testing.FailingAllocator), and hlReplaces with
// "call the stand-in instead" (the program's root allocator replaced by another one).

// Each takes as many statements as a bare call with its reports would (a run's step count does
// not depend on whether the lab watches it this way).

pub inline fn rawAlloc(a: Allocator, len: usize, alignment: Alignment, ret_addr: usize) ?[*]u8 {
    const to = if (hlReplaces(a.ptr, a.vtable)) std.heap.hl_substitute.get() else a;
    const result = if (hlEnter(to.ptr, to.vtable, 0, len)) null else to.vtable.alloc(to.ptr, len, alignment, ret_addr);
    hlAllocated(result, len, alignment);
    return result;
}

pub inline fn rawResize(a: Allocator, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) bool {
    const to = if (hlReplaces(a.ptr, a.vtable)) std.heap.hl_substitute.get() else a;
    const ok = !hlEnter(to.ptr, to.vtable, 1, new_len) and to.vtable.resize(to.ptr, memory, alignment, new_len, ret_addr);
    hlResized(ok, memory, new_len);
    return ok;
}

pub inline fn rawRemap(a: Allocator, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) ?[*]u8 {
    const to = if (hlReplaces(a.ptr, a.vtable)) std.heap.hl_substitute.get() else a;
    const result = if (hlEnter(to.ptr, to.vtable, 2, new_len)) null else to.vtable.remap(to.ptr, memory, alignment, new_len, ret_addr);
    hlRemapped(result, memory, new_len);
    return result;
}

pub inline fn rawFree(a: Allocator, memory: []u8, alignment: Alignment, ret_addr: usize) void {
    // a free never fails; the lab enters the allocator it goes to (the stand-in, when replaced)
    const to = if (hlEnterFree(a.ptr, a.vtable)) std.heap.hl_substitute.get() else a;
    to.vtable.free(to.ptr, memory, alignment, ret_addr);
    hlFreed(memory);
}

extern fn hlEnter(ptr: *anyopaque, vtable: *const VTable, op: u8, len: usize) bool;
extern fn hlReplaces(ptr: *anyopaque, vtable: *const VTable) bool;
extern fn hlEnterFree(ptr: *anyopaque, vtable: *const VTable) bool;
extern fn hlAllocated(result: ?[*]u8, len: usize, alignment: Alignment) void;
extern fn hlResized(ok: bool, memory: []u8, new_len: usize) void;
extern fn hlRemapped(result: ?[*]u8, memory: []u8, new_len: usize) void;
extern fn hlFreed(memory: []u8) void;

/// Returns a pointer to undefined memory. Call `destroy` with the result to free it.
pub fn create(a: Allocator, comptime T: type) Error!*T {
    if (@sizeOf(T) == 0) return @ptrFromInt(math.maxInt(usize) & ~(@as(usize, @alignOf(T)) - 1));
    const ptr: *T = @ptrCast(try a.allocBytesWithAlignment(comptime Alignment.of(T), @sizeOf(T), @returnAddress()));
    return ptr;
}

/// `ptr` should be the return value of `create`.
pub fn destroy(self: Allocator, ptr: anytype) void {
    const info = @typeInfo(@TypeOf(ptr)).pointer;
    if (info.size != .one) @compileError("ptr must be a single item pointer");
    const T = info.child;
    if (@sizeOf(T) == 0) return;
    const non_const_ptr: [*]u8 = @ptrCast(@constCast(ptr));
    self.rawFree(non_const_ptr[0..@sizeOf(T)], comptime Alignment.of(T), @returnAddress());
}

/// Allocates an array of `n` items of type `T`, all `undefined` (0xAA in Debug builds).
pub fn alloc(self: Allocator, comptime T: type, n: usize) Error![]T {
    return self.allocAdvancedWithRetAddr(T, null, n, @returnAddress());
}

pub fn allocWithOptions(
    self: Allocator,
    comptime Elem: type,
    n: usize,
    /// null means naturally aligned
    comptime optional_alignment: ?u29,
    comptime optional_sentinel: ?Elem,
) Error!AllocWithOptionsPayload(Elem, optional_alignment, optional_sentinel) {
    return self.allocWithOptionsRetAddr(Elem, n, optional_alignment, optional_sentinel, @returnAddress());
}

pub fn allocWithOptionsRetAddr(
    self: Allocator,
    comptime Elem: type,
    n: usize,
    /// null means naturally aligned
    comptime optional_alignment: ?u29,
    comptime optional_sentinel: ?Elem,
    return_address: usize,
) Error!AllocWithOptionsPayload(Elem, optional_alignment, optional_sentinel) {
    if (optional_sentinel) |sentinel| {
        const ptr = try self.allocAdvancedWithRetAddr(Elem, optional_alignment, n + 1, return_address);
        ptr[n] = sentinel;
        return ptr[0..n :sentinel];
    } else {
        return self.allocAdvancedWithRetAddr(Elem, optional_alignment, n, return_address);
    }
}

fn AllocWithOptionsPayload(comptime Elem: type, comptime alignment: ?u29, comptime sentinel: ?Elem) type {
    if (sentinel) |s| {
        return [:s]align(alignment orelse @alignOf(Elem)) Elem;
    } else {
        return []align(alignment orelse @alignOf(Elem)) Elem;
    }
}

/// Allocates `n + 1` items of type `Elem`: the first `n` undefined, the last `sentinel`.
pub fn allocSentinel(
    self: Allocator,
    comptime Elem: type,
    n: usize,
    comptime sentinel: Elem,
) Error![:sentinel]Elem {
    return self.allocWithOptionsRetAddr(Elem, n, null, sentinel, @returnAddress());
}

/// `alloc` with the items aligned to `alignment` bytes (null: naturally aligned).
pub fn alignedAlloc(
    self: Allocator,
    comptime T: type,
    /// null means naturally aligned
    comptime alignment: ?u29,
    n: usize,
) Error![]align(alignment orelse @alignOf(T)) T {
    return self.allocAdvancedWithRetAddr(T, alignment, n, @returnAddress());
}

pub inline fn allocAdvancedWithRetAddr(
    self: Allocator,
    comptime T: type,
    /// null means naturally aligned
    comptime alignment: ?u29,
    n: usize,
    return_address: usize,
) Error![]align(alignment orelse @alignOf(T)) T {
    const a = comptime (alignment orelse @alignOf(T));
    const ptr: [*]align(a) T = @ptrCast(@alignCast(try self.allocWithSizeAndAlignment(@sizeOf(T), comptime Alignment.fromByteUnits(a), n, return_address)));
    return ptr[0..n];
}

fn allocWithSizeAndAlignment(self: Allocator, comptime size: usize, comptime alignment: Alignment, n: usize, return_address: usize) Error![*]u8 {
    const byte_count = math.mul(usize, size, n) catch return Error.OutOfMemory;
    return self.allocBytesWithAlignment(alignment, byte_count, return_address);
}

fn allocBytesWithAlignment(self: Allocator, comptime alignment: Alignment, byte_count: usize, return_address: usize) Error![*]u8 {
    if (byte_count == 0) {
        return @ptrFromInt(alignment.backward(math.maxInt(usize)));
    }
    const byte_ptr = self.rawAlloc(byte_count, alignment, return_address) orelse return Error.OutOfMemory;
    @memset(byte_ptr[0..byte_count], undefined);
    return byte_ptr;
}

/// Tries to change the size of an allocation in place; the pointer never moves.
pub fn resize(self: Allocator, allocation: anytype, new_len: usize) bool {
    const T = @hl_childType(@TypeOf(allocation));
    if (new_len == 0) {
        self.free(allocation);
        return true;
    }
    if (allocation.len == 0) return false;
    const old_memory = mem.sliceAsBytes(allocation);
    const new_len_bytes = math.mul(usize, @sizeOf(T), new_len) catch return false;
    return self.rawResize(old_memory, comptime Alignment.fromByteUnits(@typeInfo(@TypeOf(allocation)).pointer.alignment), new_len_bytes, @returnAddress());
}

/// Changes the size of an allocation, possibly moving it without copying; null when it cannot.
pub fn remap(self: Allocator, allocation: anytype, new_len: usize) ?@TypeOf(allocation) {
    const T = @hl_childType(@TypeOf(allocation));
    if (new_len == 0) {
        self.free(allocation);
        return allocation[0..0];
    }
    if (allocation.len == 0) return null;
    const old_memory = mem.sliceAsBytes(allocation);
    const new_len_bytes = math.mul(usize, @sizeOf(T), new_len) catch return null;
    const alignment = comptime @typeInfo(@TypeOf(allocation)).pointer.alignment;
    const new_ptr = self.rawRemap(old_memory, comptime Alignment.fromByteUnits(alignment), new_len_bytes, @returnAddress()) orelse return null;
    const p: [*]align(alignment) T = @ptrCast(@alignCast(new_ptr));
    return p[0..new_len];
}

/// Grows or shrinks an allocation, moving (and copying) it when it cannot change in place.
pub fn realloc(self: Allocator, old_mem: anytype, new_n: usize) Error!@TypeOf(old_mem) {
    return self.reallocAdvanced(old_mem, new_n, @returnAddress());
}

pub fn reallocAdvanced(self: Allocator, old_mem: anytype, new_n: usize, return_address: usize) Error!@TypeOf(old_mem) {
    const T = @hl_childType(@TypeOf(old_mem));
    const alignment = comptime Alignment.fromByteUnits(@typeInfo(@TypeOf(old_mem)).pointer.alignment);
    if (old_mem.len == 0) {
        return self.allocAdvancedWithRetAddr(T, @typeInfo(@TypeOf(old_mem)).pointer.alignment, new_n, return_address);
    }
    if (new_n == 0) {
        self.free(old_mem);
        const p: [*]T = @ptrFromInt(alignment.backward(math.maxInt(usize)));
        return p[0..0];
    }
    const old_byte_slice = mem.sliceAsBytes(old_mem);
    const byte_count = math.mul(usize, @sizeOf(T), new_n) catch return Error.OutOfMemory;
    if (self.rawRemap(old_byte_slice, alignment, byte_count, return_address)) |p| {
        const q: [*]T = @ptrCast(@alignCast(p));
        return q[0..new_n];
    }
    const new_mem = self.rawAlloc(byte_count, alignment, return_address) orelse return error.OutOfMemory;
    const copy_len = @min(byte_count, old_byte_slice.len);
    @memcpy(new_mem[0..copy_len], old_byte_slice[0..copy_len]);
    @memset(old_byte_slice, undefined);
    self.rawFree(old_byte_slice, alignment, return_address);
    const q: [*]T = @ptrCast(@alignCast(new_mem));
    return q[0..new_n];
}

/// Frees memory from `alloc`; `memory.len` must be the length that was allocated.
/// The bytes are set to undefined (0xAA) first, as Zig does in Debug builds.
pub fn free(self: Allocator, memory: anytype) void {
    const bytes = @hl_sliceAsBytes(memory); // keeps const: a []const T is freed too
    const bytes_len = bytes.len + @hl_sentinelSize(@TypeOf(memory));
    if (bytes_len == 0) return;
    const non_const_ptr = @constCast(bytes.ptr);
    @memset(non_const_ptr[0..bytes_len], undefined);
    self.rawFree(non_const_ptr[0..bytes_len], comptime Alignment.fromByteUnits(@typeInfo(@TypeOf(memory)).pointer.alignment), @returnAddress());
}

/// `free` for byte memory allocated with a stricter alignment than its type's (Zig writes this
/// as `free` of a `[]align(a) u8`, a type Heap Lab does not spell).
pub fn freeAligned(self: Allocator, memory: []u8, comptime alignment: Alignment) void {
    if (memory.len == 0) return;
    @memset(memory, undefined);
    self.rawFree(memory, alignment, @returnAddress());
}

/// Copies `m` into new memory; the caller owns the result.
pub fn dupe(allocator: Allocator, comptime T: type, m: []const T) Error![]T {
    const new_buf = try allocator.alloc(T, m.len);
    @memcpy(new_buf, m);
    return new_buf;
}

/// Copies `m` into new memory with a 0 after it; the caller owns the result.
pub fn dupeZ(allocator: Allocator, comptime T: type, m: []const T) Error![:0]T {
    const new_buf = try allocator.alloc(T, m.len + 1);
    @memcpy(new_buf[0..m.len], m);
    new_buf[m.len] = 0;
    return new_buf[0..m.len :0];
}
