using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>Byte order of a multi-byte vendor register.</summary>
[JsonConverter(typeof(EndiannessNames))]
public enum Endianness
{
    Big,
    Little,
}

public sealed class EndiannessNames() : NamedEnumConverter<Endianness>(("big", Endianness.Big), ("little", Endianness.Little));
