const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const inputs = [_][]const u8{ "", "f", "fo", "foo", "foob", "fooba", "foobar", "Heap Lab!" };
    for (inputs) |in| {
        const enc = std.base64.standard.Encoder;
        const out = try allocator.alloc(u8, enc.calcSize(in.len));
        defer allocator.free(out);
        const e = enc.encode(out, in);
        var back: [32]u8 = undefined;
        const dec = std.base64.standard.Decoder;
        const n = try dec.calcSizeForSlice(e);
        try dec.decode(back[0..n], e);
        std.debug.print("'{s}' -> '{s}' -> '{s}'\n", .{ in, e, back[0..n] });
    }
    var buf: [64]u8 = undefined;
    std.debug.print("url: {s}\n", .{std.base64.url_safe_no_pad.Encoder.encode(&buf, "\xff\xfe\xfd?>")});
    var out2: [8]u8 = undefined;
    std.base64.standard.Decoder.decode(&out2, "a$==") catch |err| std.debug.print("bad: {s}\n", .{@errorName(err)});

    var rb = try std.RingBuffer.init(allocator, 4);
    defer rb.deinit(allocator);
    try rb.write('a');
    try rb.writeSlice("bc");
    std.debug.print("len {d} full {}\n", .{ rb.len(), rb.isFull() });
    std.debug.print("read {c}\n", .{rb.read().?});
    try rb.writeSlice("de");
    rb.write('x') catch |err| std.debug.print("write: {s}\n", .{@errorName(err)});
    while (rb.read()) |c| std.debug.print("{c}", .{c});
    std.debug.print("\n", .{});
}
