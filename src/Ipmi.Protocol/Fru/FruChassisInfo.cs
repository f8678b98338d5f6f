namespace Ipmi.Protocol.Fru;

/// <summary>
/// Chassis Info Area, FRU Information Storage Definition v1.0 rev 1.3, §10, Table 10-1: chassis type
/// (SMBIOS chassis types, e.g. 0x17 rack mount chassis), part number, serial number, custom fields.
/// </summary>
public sealed record FruChassisInfo
{
    public const byte RackMountChassis = 0x17;

    public byte ChassisType { get; init; } = RackMountChassis;
    public string PartNumber { get; init; } = "";
    public string SerialNumber { get; init; } = "";
    public IReadOnlyList<string> Custom { get; init; } = [];

    private int ContentLength =>
        1 +                                 // format version
        1 +                                 // length in 8-byte units
        1 +                                 // chassis type
        FruField.Length(PartNumber) +
        FruField.Length(SerialNumber) +
        Custom.Sum(FruField.Length);

    public int Length => FruField.PaddedLength(ContentLength);

    public static bool TryParse(ReadOnlySpan<byte> image, int offset, out FruChassisInfo chassis)
    {
        chassis = null!;
        if (!FruField.TryGetArea(image, offset, out var area))
            return false;
        var at = 3;
        if (!FruField.TryRead(area, ref at, out var part) || !FruField.TryRead(area, ref at, out var serial))
            return false;
        chassis = new FruChassisInfo { ChassisType = area[2], PartNumber = part, SerialNumber = serial, Custom = FruField.ReadCustom(area, ref at) };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = FruField.AreaFormatVersion;
        destination[2] = ChassisType;
        var at = 3;
        at += FruField.Write(PartNumber, destination[at..]);
        at += FruField.Write(SerialNumber, destination[at..]);
        foreach (var field in Custom)
            at += FruField.Write(field, destination[at..]);
        return FruField.Finish(destination, at);
    }

    public bool Equals(FruChassisInfo? other) =>
        other is not null && ChassisType == other.ChassisType && PartNumber == other.PartNumber
        && SerialNumber == other.SerialNumber && Custom.SequenceEqual(other.Custom);

    public override int GetHashCode() => HashCode.Combine(ChassisType, PartNumber, SerialNumber, Custom.Count);
}
