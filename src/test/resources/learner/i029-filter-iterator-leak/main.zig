const std = @import("std");

const Words = struct {
    text: []const u8,
    pos: usize = 0,

    fn next(self: *Words) ?[]const u8 {
        while (self.pos < self.text.len and !std.ascii.isAlphanumeric(self.text[self.pos])) self.pos += 1;
        if (self.pos == self.text.len) return null;
        const start = self.pos;
        while (self.pos < self.text.len and std.ascii.isAlphanumeric(self.text[self.pos])) self.pos += 1;
        return self.text[start..self.pos];
    }
};

fn Filter(comptime Inner: type, comptime T: type) type {
    return struct {
        inner: Inner,
        pred: *const fn (T) bool,

        fn next(self: *@This()) ?T {
            while (self.inner.next()) |x| {
                if (self.pred(x)) return x;
            }
            return null;
        }
    };
}

fn longWord(w: []const u8) bool {
    return w.len >= 5;
}

fn collect(a: std.mem.Allocator, it: *Filter(Words, []const u8)) ![][]const u8 {
    var list = std.ArrayList([]const u8).init(a);
    defer list.deinit();
    while (it.next()) |x| try list.append(x);
    return try list.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const text = "Iterators in Zig are plain structs with a next() method returning ?T -- simple, explicit, allocation-free.";

    var words = Words{ .text = text };
    var n: usize = 0;
    while (words.next()) |_| n += 1;
    std.debug.print("{d} words\n", .{n});

    var long = Filter(Words, []const u8){ .inner = .{ .text = text }, .pred = longWord };
    const picked = try collect(a, &long);
    std.debug.print("long words: {s}\n", .{picked});

    var caps = Filter(Words, []const u8){ .inner = .{ .text = text }, .pred = struct {
        fn f(w: []const u8) bool {
            return std.ascii.isUpper(w[0]);
        }
    }.f };
    const upper = try collect(a, &caps);
    defer a.free(upper);
    std.debug.print("capitalized: {s}\n", .{upper});
}
