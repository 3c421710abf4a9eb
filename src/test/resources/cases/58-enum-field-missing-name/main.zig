const E = enum(u16) {
    a,
    u8,
    .{ 1, 2 },
};
pub fn main() void {
    _ = E.a;
}
