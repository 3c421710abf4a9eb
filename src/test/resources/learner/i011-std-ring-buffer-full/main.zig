const std = @import("std");

fn showRing(rb: *const std.RingBuffer) void {
    std.debug.print("len={d} full={} empty={} r={d} w={d}\n", .{ rb.len(), rb.isFull(), rb.isEmpty(), rb.read_index, rb.write_index });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var rb = try std.RingBuffer.init(a, 8);
    defer rb.deinit(a);
    showRing(&rb);

    try rb.writeSlice("hello");
    showRing(&rb);
    var first: [3]u8 = undefined;
    try rb.readFirst(&first, 3);
    std.debug.print("readFirst: {s}\n", .{&first});

    try rb.writeSlice("world!");
    showRing(&rb);
    const last = rb.sliceLast(4);
    std.debug.print("sliceLast: '{s}' + '{s}'\n", .{ last.first, last.second });
    const all = rb.sliceAt(rb.read_index, rb.len());
    std.debug.print("sliceAt: '{s}' + '{s}'\n", .{ all.first, all.second });

    var drained = std.ArrayList(u8).init(a);
    defer drained.deinit();
    while (rb.read()) |b| try drained.append(std.ascii.toUpper(b));
    std.debug.print("drained: {s}\n", .{drained.items});
    showRing(&rb);

    for ("abcdefgh") |c| rb.writeAssumeCapacity(c);
    showRing(&rb);
    std.debug.print("read -> {c}\n", .{rb.read().?});
    rb.write('Z') catch |e| std.debug.print("write Z: {s}\n", .{@errorName(e)});
    rb.write('Y') catch |e| std.debug.print("write Y: {s}\n", .{@errorName(e)});
    var tail: [2]u8 = undefined;
    try rb.readLast(&tail, 2);
    std.debug.print("readLast: {s}\n", .{&tail});
    try rb.writeSlice("0123");
}
