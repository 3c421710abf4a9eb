//! Heap Lab's std: the parts of Zig 0.14's standard library that the lab's programs use,
//! written after Zig's own sources so that calls, frames and allocations happen as in Zig.
//! Functions declared `extern` here are implemented by Heap Lab in Java.

pub const builtin = @import("builtin.zig");
pub const Target = @import("Target.zig");
pub const mem = @import("mem.zig");
pub const heap = @import("heap.zig");
pub const debug = @import("debug.zig");
pub const fmt = @import("fmt.zig");
pub const testing = @import("testing.zig");
pub const math = @import("math.zig");
pub const Random = @import("Random.zig");
pub const crypto = @import("crypto.zig");
pub const posix = @import("posix.zig");
pub const io = @import("io.zig");
pub const process = @import("process.zig");
pub const ascii = @import("ascii.zig");
pub const unicode = @import("unicode.zig");
pub const time = @import("time.zig");
pub const sort = @import("sort.zig");
pub const Thread = @import("Thread.zig");
pub const BitStack = @import("BitStack.zig");
pub const json = @import("json.zig");
pub const hash = @import("hash.zig");
pub const meta = @import("meta.zig");
pub const enums = @import("enums.zig");
pub const EnumArray = enums.EnumArray;
pub const EnumMap = enums.EnumMap;
pub const EnumSet = enums.EnumSet;
pub const hash_map = @import("hash_map.zig");
pub const HashMap = hash_map.HashMap;
pub const HashMapUnmanaged = hash_map.HashMapUnmanaged;
pub const StringHashMap = hash_map.StringHashMap;
pub const StringHashMapUnmanaged = hash_map.StringHashMapUnmanaged;
pub const AutoHashMap = hash_map.AutoHashMap;
pub const AutoHashMapUnmanaged = hash_map.AutoHashMapUnmanaged;
pub const ArrayList = @import("array_list.zig").ArrayList;
pub const ArrayListUnmanaged = @import("array_list.zig").ArrayListUnmanaged;
pub const ArrayListAligned = @import("array_list.zig").ArrayListAligned;
pub const ArrayListAlignedUnmanaged = @import("array_list.zig").ArrayListAlignedUnmanaged;

// std containers (array_list, linked_list, priority_queue, bounded_array, array_hash_map, ...)
pub const SinglyLinkedList = @import("linked_list.zig").SinglyLinkedList;
pub const DoublyLinkedList = @import("linked_list.zig").DoublyLinkedList;
pub const PriorityQueue = @import("priority_queue.zig").PriorityQueue;
pub const BoundedArray = @import("bounded_array.zig").BoundedArray;
pub const BoundedArrayAligned = @import("bounded_array.zig").BoundedArrayAligned;
pub const MultiArrayList = @import("multi_array_list.zig").MultiArrayList;
pub const array_hash_map = @import("array_hash_map.zig");
pub const ArrayHashMap = array_hash_map.ArrayHashMap;
pub const ArrayHashMapUnmanaged = array_hash_map.ArrayHashMapUnmanaged;
pub const AutoArrayHashMap = array_hash_map.AutoArrayHashMap;
pub const AutoArrayHashMapUnmanaged = array_hash_map.AutoArrayHashMapUnmanaged;
pub const StringArrayHashMap = array_hash_map.StringArrayHashMap;
pub const StringArrayHashMapUnmanaged = array_hash_map.StringArrayHashMapUnmanaged;
pub const BufMap = @import("buf_map.zig").BufMap;
pub const BufSet = @import("buf_set.zig").BufSet;
pub const static_string_map = @import("static_string_map.zig");
pub const StaticStringMap = static_string_map.StaticStringMap;
pub const StaticStringMapWithEql = static_string_map.StaticStringMapWithEql;
pub const bit_set = @import("bit_set.zig");
pub const StaticBitSet = bit_set.StaticBitSet;
pub const DynamicBitSet = bit_set.DynamicBitSet;
pub const DynamicBitSetUnmanaged = bit_set.DynamicBitSetUnmanaged;
pub const fifo = @import("fifo.zig");
pub const log = @import("log.zig");
