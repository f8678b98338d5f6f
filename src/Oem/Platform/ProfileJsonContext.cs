using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>Source-generated JSON metadata for profiles: comments and trailing commas allowed, unknown fields refused.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(HexNumberConverter<byte>), typeof(HexNumberConverter<ushort>), typeof(HexNumberConverter<uint>), typeof(HexNumberConverter<int>)])]
[JsonSerializable(typeof(PlatformProfile))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
