const std = @import("std");

const Token = union(enum) {
    lbrace,
    rbrace,
    colon,
    comma,
    string: []const u8,
    number: f64,
};

fn tokenize(allocator: std.mem.Allocator, src: []const u8) !std.ArrayList(Token) {
    var list = std.ArrayList(Token).init(allocator);
    var i: usize = 0;
    while (i < src.len) : (i += 1) {
        switch (src[i]) {
            ' ', '\n' => {},
            '{' => try list.append(.lbrace),
            '}' => try list.append(.rbrace),
            ':' => try list.append(.colon),
            ',' => try list.append(.comma),
            '"' => {
                const end = std.mem.indexOfScalarPos(u8, src, i + 1, '"') orelse return error.UnterminatedString;
                try list.append(.{ .string = src[i + 1 .. end] });
                i = end;
            },
            else => {
                const start = i;
                while (i + 1 < src.len and std.mem.indexOfScalar(u8, "+-.0123456789eE", src[i + 1]) != null) i += 1;
                try list.append(.{ .number = try std.fmt.parseFloat(f64, src[start .. i + 1]) });
            },
        }
    }
    return list;
}

fn parseObject(allocator: std.mem.Allocator, src: []const u8) !std.StringHashMap(f64) {
    const tokens = (try tokenize(allocator, src)).items;
    var map = std.StringHashMap(f64).init(allocator);
    errdefer map.deinit();
    if (tokens.len < 2 or tokens[0] != .lbrace) return error.ExpectedObject;
    var i: usize = 1;
    while (i + 2 < tokens.len) : (i += 4) {
        const key = switch (tokens[i]) {
            .string => |s| s,
            else => return error.ExpectedKey,
        };
        if (tokens[i + 1] != .colon) return error.ExpectedColon;
        const value = switch (tokens[i + 2]) {
            .number => |n| n,
            else => return error.ExpectedNumber,
        };
        try map.put(key, value);
    }
    return map;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var obj = try parseObject(allocator, "{ \"width\": 12.5, \"height\": 3, \"ratio\": -1e-2 }");
    defer obj.deinit();
    std.debug.print("fields: {d}\n", .{obj.count()});
    std.debug.print("width={d} height={d} ratio={d}\n", .{ obj.get("width").?, obj.get("height").?, obj.get("ratio").? });
}
