const E = enum {
    a,
    u8 = 3,
    [2]u8,
};
pub fn main() void {
    _ = E.a;
}
