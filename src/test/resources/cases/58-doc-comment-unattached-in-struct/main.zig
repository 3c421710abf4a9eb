const S = struct {
    a: u8,
    /// last
};
pub fn main() void {
    const s: S = .{ .a = 1 };
    _ = s;
}
