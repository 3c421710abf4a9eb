const std = @import("std");

const Token = struct { kind: Kind, text: []const u8 };
const Kind = enum { ident, number, string, symbol };

fn tokenize(alloc: std.mem.Allocator, src: []const u8) ![]Token {
    var list = std.ArrayList(Token).init(alloc);
    errdefer list.deinit();
    var i: usize = 0;
    while (i < src.len) {
        const c = src[i];
        if (std.ascii.isWhitespace(c)) {
            i += 1;
            continue;
        }
        const start = i;
        const kind: Kind = switch (c) {
            'a'...'z', 'A'...'Z', '_' => blk: {
                while (i < src.len and (std.ascii.isAlphanumeric(src[i]) or src[i] == '_')) i += 1;
                break :blk .ident;
            },
            '0'...'9' => blk: {
                while (i < src.len and std.ascii.isDigit(src[i])) i += 1;
                break :blk .number;
            },
            '"' => blk: {
                i += 1;
                while (i < src.len and src[i] != '"') i += 1;
                if (i == src.len) return error.UnterminatedString;
                i += 1;
                break :blk .string;
            },
            else => blk: {
                i += 1;
                break :blk .symbol;
            },
        };
        try list.append(.{ .kind = kind, .text = src[start..i] });
    }
    return list.toOwnedSlice();
}

pub fn main() !void {
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();
    const alloc = arena.allocator();
    const programs = [_][]const u8{
        "let x_1 = 42 + y;",
        "print(\"hi there\", 7)",
        "s = \"oops",
    };
    for (programs) |p| {
        const toks = tokenize(alloc, p) catch |e| {
            std.debug.print("{s}: {s}\n", .{ p, @errorName(e) });
            continue;
        };
        std.debug.print("{d} tokens:", .{toks.len});
        for (toks) |t| std.debug.print(" {s}:{s}", .{ @tagName(t.kind)[0..1], t.text });
        std.debug.print("\n", .{});
    }
    std.debug.print("arena holds >= 0 bytes: {}\n", .{arena.queryCapacity() >= 0});
    const toks = try tokenize(alloc, "a \"b");
    _ = toks;
}
