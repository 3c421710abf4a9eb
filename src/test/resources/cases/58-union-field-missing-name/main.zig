const U = union {
    a: u8,
    []const u8,
};
pub fn main() void {
    const u: U = .{ .a = 1 };
    _ = u;
}
