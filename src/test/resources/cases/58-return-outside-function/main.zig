const x = return 5;
pub fn main() void {
    _ = x;
}
