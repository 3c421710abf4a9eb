const std = @import("std");

const Entry = struct { word: []const u8, count: u32 };

fn countWords(allocator: std.mem.Allocator, text: []const u8) !std.ArrayList(Entry) {
    var entries = std.ArrayList(Entry).init(allocator);
    var it = std.mem.tokenizeScalar(u8, text, ' ');
    outer: while (it.next()) |word| {
        for (entries.items) |*e| {
            if (std.mem.eql(u8, e.word, word)) {
                e.count += 1;
                continue :outer;
            }
        }
        try entries.append(.{ .word = word, .count = 1 });
    }
    return entries;
}

pub fn main() !void {
    // "small texts only", so a stack buffer should be plenty...
    var buffer: [256]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buffer);

    const short = "to be or not to be";
    const counts = try countWords(fba.allocator(), short);
    for (counts.items) |e| std.debug.print("{s}={d} ", .{ e.word, e.count });
    std.debug.print("\n{d} bytes used\n", .{fba.end_index});

    fba.reset();
    const long = "a b c d e f g h i j k l m n o p q r s t u v w x y z";
    const more = try countWords(fba.allocator(), long);
    std.debug.print("{d} distinct words\n", .{more.items.len});
}
