pub const GetRandomError = error{ SystemResources, Unexpected };

/// Fills `buf` with random bytes. In Heap Lab these come from a seeded generator, so runs repeat.
pub extern fn getrandom(buf: []u8) GetRandomError!void;
