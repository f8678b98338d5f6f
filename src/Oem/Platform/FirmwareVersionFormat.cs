using System.Globalization;

namespace Oem.Platform;

/// <summary>Parses "major.minor" firmware versions: major 0-127 (7 bits), minor 0-99 (two BCD digits), IPMI v2.0 §20.1.</summary>
public static class FirmwareVersionFormat
{
    public static bool TryParse(string? text, out byte major, out byte minor)
    {
        major = minor = 0;
        var parts = text?.Split('.') ?? [];
        if (parts.Length != 2
            || !byte.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out major) || major > 127
            || parts[1].Length is < 1 or > 2
            || !byte.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor))
            return false;
        return true;
    }
}
