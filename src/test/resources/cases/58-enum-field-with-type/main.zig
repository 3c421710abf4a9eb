const E = enum {
    a,
    b: u8,
};
pub fn main() void {
    _ = E.a;
}
