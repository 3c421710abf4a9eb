//! Type helpers, after Zig 0.14's `std.meta` (the parts the lab's programs use).

/// Whether two values are equal member by member (pointers by address, not by what they point to).
pub fn eql(a: anytype, b: @TypeOf(a)) bool {
    return eqlNative(a, b);
}

extern fn eqlNative(a: anytype, b: anytype) bool;

// Added for std.MultiArrayList (after Zig 0.14's lib/std/meta.zig).

const std = @import("std.zig");
const Type = std.builtin.Type;

/// The fields of a struct, union, enum or error set type.
pub fn fields(comptime T: type) switch (@typeInfo(T)) {
    .@"struct" => []const Type.StructField,
    .@"union" => []const Type.UnionField,
    .@"enum" => []const Type.EnumField,
    .error_set => []const Type.Error,
    else => @compileError("Expected struct, union, error set or enum type, found '" ++ @typeName(T) ++ "'"),
} {
    return switch (@typeInfo(T)) {
        .@"struct" => |info| info.fields,
        .@"union" => |info| info.fields,
        .@"enum" => |info| info.fields,
        .error_set => |errors| errors.?, // must be non global error set
        else => @compileError("Expected struct, union, error set or enum type, found '" ++ @typeName(T) ++ "'"),
    };
}

/// The description of one field of `T`.
pub fn fieldInfo(comptime T: type, comptime field: FieldEnum(T)) switch (@typeInfo(T)) {
    .@"struct" => Type.StructField,
    .@"union" => Type.UnionField,
    .@"enum" => Type.EnumField,
    .error_set => Type.Error,
    else => @compileError("Expected struct, union, error set or enum type, found '" ++ @typeName(T) ++ "'"),
} {
    // Zig: `fields(T)[@intFromEnum(field)]` (see FieldEnum)
    return switch (@typeInfo(T)) {
        .@"struct" => |info| info.fields[@intFromEnum(field)],
        .@"union" => |info| info.fields[@intFromEnum(field)],
        .@"enum" => |info| info.fields[@intFromEnum(field)],
        .error_set => |errors| errors.?[@intFromEnum(field)],
        else => unreachable,
    };
}

/// An enum with one value per field of `T`, in field order.
pub fn FieldEnum(comptime T: type) type {
    // Zig: `fields(T)`; Heap Lab loses a comptime slice of field descriptions returned by a call
    const field_infos = switch (@typeInfo(T)) {
        .@"struct" => |info| info.fields,
        .@"union" => |info| info.fields,
        .@"enum" => |info| info.fields,
        .error_set => |errors| errors.?, // must be non global error set
        else => @compileError("Expected struct, union, error set or enum type, found '" ++ @typeName(T) ++ "'"),
    };

    if (field_infos.len == 0) {
        return @Type(.{
            .@"enum" = .{
                .tag_type = u0,
                .fields = &.{},
                .decls = &.{},
                .is_exhaustive = true,
            },
        });
    }

    // Zig: `if (@typeInfo(T) == .@"union")` (Heap Lab gets that comparison wrong at comptime)
    if (switch (@typeInfo(T)) {
        .@"union" => true,
        else => false,
    }) {
        if (@typeInfo(T).@"union".tag_type) |tag_type| {
            for (std.enums.values(tag_type), 0..) |v, i| {
                if (@intFromEnum(v) != i) break; // enum values not consecutive
                if (!std.mem.eql(u8, @tagName(v), field_infos[i].name)) break; // fields out of order
            } else {
                return tag_type;
            }
        }
    }

    var enumFields: [field_infos.len]std.builtin.Type.EnumField = undefined;
    const decls = [_]std.builtin.Type.Declaration{};
    inline for (field_infos, 0..) |field, i| {
        enumFields[i] = .{
            .name = field.name ++ "",
            .value = i,
        };
    }
    // Zig passes `&enumFields`, `&decls` (vars); Heap Lab's @Type takes no pointer to a comptime var
    const enum_fields = enumFields;
    return @Type(.{
        .@"enum" = .{
            // Zig: std.math.IntFittingRange(0, field_infos.len - 1)
            .tag_type = @Type(.{ .int = .{ .signedness = .unsigned, .bits = bitsFor(field_infos.len - 1) } }),
            .fields = &enum_fields,
            .decls = &decls,
            .is_exhaustive = true,
        },
    });
}

/// The number of bits an unsigned integer needs to hold `max` (as std.math.IntFittingRange(0, max)).
fn bitsFor(comptime max: comptime_int) u16 {
    var bits: u16 = 0;
    var v = max;
    while (v != 0) : (v >>= 1) bits += 1;
    return bits;
}

/// The tag type of an enum or tagged union.
pub fn Tag(comptime T: type) type {
    return switch (@typeInfo(T)) {
        .@"enum" => |info| info.tag_type,
        // Zig: `info.tag_type orelse @compileError(...)` (Heap Lab raises the error eagerly)
        .@"union" => |info| if (info.tag_type) |tag_type| tag_type else @compileError(@typeName(T) ++ " has no tag type"),
        else => @compileError("expected enum or union type, found '" ++ @typeName(T) ++ "'"),
    };
}

/// The active tag of a tagged union.
pub fn activeTag(u: anytype) Tag(@TypeOf(u)) {
    const T = @TypeOf(u);
    return @as(Tag(T), u);
}
