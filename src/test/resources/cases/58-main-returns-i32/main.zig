pub fn main() i32 {
    return 1;
}
