const S = struct {
    a: u8 = return 1,
};
pub fn main() void {
    const s: S = .{};
    _ = s;
}
