const std = @import("std");

const Interp = struct {
    a: std.mem.Allocator,
    stack: std.ArrayList(i32),
    words: std.StringHashMap([]const []const u8),
    depth: usize = 0,

    fn init(a: std.mem.Allocator) Interp {
        return .{ .a = a, .stack = std.ArrayList(i32).init(a), .words = std.StringHashMap([]const []const u8).init(a) };
    }

    fn deinit(self: *Interp) void {
        var it = self.words.iterator();
        while (it.next()) |e| self.a.free(e.value_ptr.*);
        self.words.deinit();
        self.stack.deinit();
    }

    fn pop(self: *Interp) !i32 {
        if (self.stack.items.len == 0) return error.StackUnderflow;
        self.stack.items.len -= 1;
        return self.stack.items[self.stack.items.len];
    }

    fn word(self: *Interp, w: []const u8) anyerror!void {
        if (std.fmt.parseInt(i32, w, 10)) |n| return self.stack.append(n) else |_| {}
        if (self.words.get(w)) |body| {
            self.depth += 1;
            defer self.depth -= 1;
            for (body) |b| try self.word(b);
            return;
        }
        if (std.mem.eql(u8, w, "dup")) {
            const x = try self.pop();
            return self.stack.appendSlice(&.{ x, x });
        }
        if (w.len == 1 and std.mem.indexOfScalar(u8, "+*-", w[0]) != null) {
            const y = try self.pop();
            const x = try self.pop();
            return self.stack.append(switch (w[0]) {
                '+' => x + y,
                '*' => x * y,
                else => x - y,
            });
        }
        return error.UnknownWord;
    }

    fn run(self: *Interp, src: []const u8) !void {
        var toks = std.mem.tokenizeScalar(u8, src, ' ');
        while (toks.next()) |t| {
            if (std.mem.eql(u8, t, ":")) {
                const name = toks.next() orelse return error.MissingName;
                var body = std.ArrayList([]const u8).init(self.a);
                errdefer body.deinit();
                while (toks.next()) |b| {
                    if (std.mem.eql(u8, b, ";")) break;
                    try body.append(b);
                }
                try self.words.put(name, try body.toOwnedSlice());
                continue;
            }
            try self.word(t);
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var it = Interp.init(gpa.allocator());
    defer it.deinit();
    try it.run(": sq dup * ; : cube dup sq * ; 3 sq 2 cube +");
    std.debug.print("stack: {any}\n", .{it.stack.items});
    try it.run(": inc 1 + ; : add3 inc inc inc ; 10 add3");
    std.debug.print("stack: {any}, {d} words\n", .{ it.stack.items, it.words.count() });
    try it.run(": broken 1 swap ; 5 broken");
}
