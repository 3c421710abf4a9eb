const std = @import("std");
const Allocator = std.mem.Allocator;

const Token = struct {
    text: []const u8,
    depth: usize,
};

// Splits the input into words, each copied, with how deep in brackets it is.
fn parse(allocator: Allocator, input: []const u8) ![]Token {
    var tokens = try allocator.alloc(Token, 16);
    var count: usize = 0;
    var depth: usize = 0;
    var it = std.mem.tokenizeAny(u8, input, " ");
    while (it.next()) |word| {
        if (std.mem.eql(u8, word, "[")) {
            depth += 1;
            continue;
        }
        if (std.mem.eql(u8, word, "]")) {
            depth -= 1;
            continue;
        }
        tokens[count] = .{ .text = try allocator.dupe(u8, word), .depth = depth };
        count += 1;
    }
    return tokens[0..count];
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const tokens = try parse(allocator, "let [ x [ y ] ] be");
    for (tokens) |t| std.debug.print("{s}@{d} ", .{ t.text, t.depth });
    std.debug.print("\n", .{});
    allocator.free(tokens);
}
