//! The types the language and the standard library share, after Zig 0.14's lib/std/builtin.zig:
//! what `@typeInfo` returns and `@Type` takes, stack traces, optimization modes.
//! (`@import("builtin")` is another module: the build's options, such as `is_test` and `mode`.)

pub const StackTrace = struct {
    index: usize,
    instruction_addresses: []usize,
};

pub const OptimizeMode = enum { Debug, ReleaseSafe, ReleaseFast, ReleaseSmall };
pub const Mode = OptimizeMode;

pub const Signedness = enum(u1) { signed, unsigned };

pub const Endian = enum { big, little };

pub const AddressSpace = enum(u5) { generic, gs, fs, ss };

pub const CallingConvention = enum { auto, @"async", naked, @"inline", c };

pub const Type = union(enum) {
    type: void,
    void: void,
    bool: void,
    noreturn: void,
    int: Int,
    float: Float,
    pointer: Pointer,
    array: Array,
    @"struct": Struct,
    comptime_float: void,
    comptime_int: void,
    undefined: void,
    null: void,
    optional: Optional,
    error_union: ErrorUnion,
    error_set: ErrorSet,
    @"enum": Enum,
    @"union": Union,
    @"fn": Fn,
    @"opaque": Opaque,
    frame: Frame,
    @"anyframe": AnyFrame,
    vector: Vector,
    enum_literal: void,

    pub const Int = struct {
        signedness: Signedness,
        bits: u16,
    };

    pub const Float = struct {
        bits: u16,
    };

    pub const Pointer = struct {
        size: Size,
        is_const: bool,
        is_volatile: bool,
        alignment: comptime_int,
        address_space: AddressSpace,
        child: type,
        is_allowzero: bool,
        sentinel_ptr: ?*const anyopaque,

        pub const Size = enum(u2) { one, many, slice, c };

        /// The sentinel of the pointer type, or null.
        pub inline fn sentinel(comptime ptr: Pointer) ?ptr.child {
            const sp: *const ptr.child = @ptrCast(@alignCast(ptr.sentinel_ptr orelse return null));
            return sp.*;
        }
    };

    pub const Array = struct {
        len: comptime_int,
        child: type,
        sentinel_ptr: ?*const anyopaque,

        /// The sentinel of the array type, or null.
        pub inline fn sentinel(comptime arr: Array) ?arr.child {
            const sp: *const arr.child = @ptrCast(@alignCast(arr.sentinel_ptr orelse return null));
            return sp.*;
        }
    };

    pub const ContainerLayout = enum(u2) { auto, @"extern", @"packed" };

    pub const StructField = struct {
        name: [:0]const u8,
        type: type,
        default_value_ptr: ?*const anyopaque,
        is_comptime: bool,
        alignment: comptime_int,

        /// The field's default value, or null.
        pub inline fn defaultValue(comptime sf: StructField) ?sf.type {
            const dp: *const sf.type = @ptrCast(@alignCast(sf.default_value_ptr orelse return null));
            return dp.*;
        }
    };

    pub const Struct = struct {
        layout: ContainerLayout,
        backing_integer: ?type = null,
        fields: []const StructField,
        decls: []const Declaration,
        is_tuple: bool,
    };

    pub const Optional = struct {
        child: type,
    };

    pub const ErrorUnion = struct {
        error_set: type,
        payload: type,
    };

    pub const Error = struct {
        name: [:0]const u8,
    };

    pub const ErrorSet = ?[]const Error;

    pub const EnumField = struct {
        name: [:0]const u8,
        value: comptime_int,
    };

    pub const Enum = struct {
        tag_type: type,
        fields: []const EnumField,
        decls: []const Declaration,
        is_exhaustive: bool,
    };

    pub const UnionField = struct {
        name: [:0]const u8,
        type: type,
        alignment: comptime_int,
    };

    pub const Union = struct {
        layout: ContainerLayout,
        tag_type: ?type,
        fields: []const UnionField,
        decls: []const Declaration,
    };

    pub const Fn = struct {
        calling_convention: CallingConvention,
        is_generic: bool,
        is_var_args: bool,
        return_type: ?type,
        params: []const Param,

        pub const Param = struct {
            is_generic: bool,
            is_noalias: bool,
            type: ?type,
        };
    };

    pub const Opaque = struct {
        decls: []const Declaration,
    };

    pub const Frame = struct {
        function: *const anyopaque,
    };

    pub const AnyFrame = struct {
        child: ?type,
    };

    pub const Vector = struct {
        len: comptime_int,
        child: type,
    };

    pub const Declaration = struct {
        name: [:0]const u8,
    };
};

/// The memory orders of the atomic builtins (Heap Lab's machine runs one thread: every order behaves as seq_cst).
pub const AtomicOrder = enum {
    unordered,
    monotonic,
    acquire,
    release,
    acq_rel,
    seq_cst,
};

/// What `@atomicRmw` does with the operand.
pub const AtomicRmwOp = enum {
    Xchg,
    Add,
    Sub,
    And,
    Nand,
    Or,
    Xor,
    Max,
    Min,
};

/// This data structure is used by the Zig language code generation and
/// therefore must be kept in sync with the compiler implementation.
pub const SourceLocation = struct {
    /// The name chosen when compiling. Not a file path.
    module: [:0]const u8,
    /// Relative to the root directory of its module.
    file: [:0]const u8,
    fn_name: [:0]const u8,
    line: u32,
    column: u32,
};
