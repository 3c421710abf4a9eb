/// The Allocator interface's contract, checked on one allocator.
fn contract(al: std.mem.Allocator) !void {
    // alloc and free: the bytes are the caller's
    const a = try al.alloc(u8, 100);
    @memset(a, 7);
    for (a) |b| if (b != 7) return error.Corrupted;
    al.free(a);

    // resize in place: when it says yes, the block keeps its address and its bytes
    var b = try al.alloc(u32, 10);
    for (b, 0..) |*x, i| x.* = @intCast(i);
    if (al.resize(b, 5)) b = b.ptr[0..5];
    if (al.resize(b, 12)) b = b.ptr[0..12];
    for (b[0..5], 0..) |x, i| if (x != i) return error.ResizeLostBytes;
    al.free(b);

    // remap: may move the block, never loses its bytes
    var c = try al.alloc(u64, 4);
    for (c, 0..) |*x, i| x.* = i * 3;
    if (al.remap(c, 64)) |moved| c = moved;
    for (c[0..4], 0..) |x, i| if (x != i * 3) return error.RemapLostBytes;
    al.free(c);

    // realloc grows, moving when it must, and keeps the bytes
    var d = try al.alloc(u8, 3);
    @memcpy(d, "abc");
    d = try al.realloc(d, 5000);
    if (!std.mem.eql(u8, d[0..3], "abc")) return error.ReallocLostBytes;
    d = try al.realloc(d, 2);
    if (!std.mem.eql(u8, d, "ab")) return error.ReallocLostBytes;
    al.free(d);

    // alignments up to the page size
    var n: usize = 1;
    while (n <= 4096) : (n *= 2) {
        const alignment = std.mem.Alignment.fromByteUnits(n);
        const p = al.rawAlloc(24, alignment, @returnAddress()) orelse return error.OutOfMemory;
        if (@intFromPtr(p) % n != 0) return error.Misaligned;
        @memset(p[0..24], 1);
        al.rawFree(p[0..24], alignment, @returnAddress());
    }

    // zero-length requests need no memory and can be freed
    const z = try al.alloc(u8, 0);
    if (z.len != 0) return error.NotEmpty;
    al.free(z);
    const e = try al.create(struct {});
    al.destroy(e);

    // out of memory is a value, not a crash
    if (al.alloc(u8, 1 << 40)) |huge| {
        al.free(huge);
        return error.ImpossibleAllocationSucceeded;
    } else |err| if (err != error.OutOfMemory) return err;

    // create and destroy
    const k = try al.create(u64);
    k.* = 42;
    al.destroy(k);
    std.debug.print("contract ok\n", .{});
}
