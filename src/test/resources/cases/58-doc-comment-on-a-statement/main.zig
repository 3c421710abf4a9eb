pub fn main() void {
    /// doc on a statement
    const x = 1;
    _ = x;
}
