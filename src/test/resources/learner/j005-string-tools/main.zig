const std = @import("std");
const mem = std.mem;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    const out = std.io.getStdOut().writer();

    const line = "  name = Ada Lovelace ; born=1815;  field = math ;; ";
    var it = mem.splitScalar(u8, line, ';');
    while (it.next()) |part| {
        const trimmed = mem.trim(u8, part, " ");
        if (trimmed.len == 0) {
            try out.print("(empty)\n", .{});
            continue;
        }
        const eq = mem.indexOfScalar(u8, trimmed, '=') orelse {
            try out.print("no '=' in \"{s}\"\n", .{trimmed});
            continue;
        };
        const key = mem.trimRight(u8, trimmed[0..eq], " ");
        const val = mem.trimLeft(u8, trimmed[eq + 1 ..], " ");
        try out.print("key=\"{s}\" val=\"{s}\"\n", .{ key, val });
    }
    try out.print("rest after split: {?s}\n", .{it.rest()});

    const text = "the cat sat on the mat with the hat";
    try out.print("count 'the': {d}\n", .{mem.count(u8, text, "the")});
    try out.print("first 'at': {?d} last 'at': {?d}\n", .{ mem.indexOf(u8, text, "at"), mem.lastIndexOf(u8, text, "at") });
    try out.print("indexOfAny \"mh\": {?d}\n", .{mem.indexOfAny(u8, text, "mh")});
    try out.print("starts 'the': {} ends 'hat': {} ends 'cat': {}\n", .{ mem.startsWith(u8, text, "the"), mem.endsWith(u8, text, "hat"), mem.endsWith(u8, text, "cat") });

    const size = mem.replacementSize(u8, text, "the", "a");
    const replaced = try allocator.alloc(u8, size);
    defer allocator.free(replaced);
    const n = mem.replace(u8, text, "the", "a", replaced);
    try out.print("{d} replacements: \"{s}\"\n", .{ n, replaced });

    const words = [_][]const u8{ "one", "two", "three" };
    const joined = try mem.join(allocator, ", ", &words);
    defer allocator.free(joined);
    const cat = try mem.concat(allocator, u8, &words);
    defer allocator.free(cat);
    try out.print("joined: {s}; concat: {s}\n", .{ joined, cat });

    var tok = mem.tokenizeAny(u8, "  a,b;;c , d", ",; ");
    var i: usize = 0;
    while (tok.next()) |t| : (i += 1) try out.print("tok[{d}]={s} ", .{ i, t });
    try out.print("\n", .{});

    var back = mem.splitBackwardsScalar(u8, "usr/local/bin/zig", '/');
    try out.print("basename {s}, then {s}\n", .{ back.first(), back.next().? });
    var buf: [16]u8 = undefined;
    @memcpy(buf[0..5], "hello");
    mem.reverse(u8, buf[0..5]);
    try out.print("reversed {s}, eql {}\n", .{ buf[0..5], mem.eql(u8, buf[0..5], "olleh") });
}
