namespace Ipmi.Protocol.Fru;

/// <summary>
/// Board Info Area, FRU Information Storage Definition v1.0 rev 1.3, §11, Table 11-1: language,
/// manufacturing date/time (minutes since 1996-01-01 00:00 UTC, 3 bytes LS first, 0 = unspecified),
/// manufacturer, product name, serial number, part number, FRU file ID, custom fields.
/// </summary>
public sealed record FruBoardInfo
{
    /// <summary>The epoch of the manufacturing date field.</summary>
    public static readonly DateTimeOffset MfgEpoch = new(1996, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Language code (§15): 0 and 25 mean English.</summary>
    public byte Language { get; init; }
    /// <summary>Whole minutes are kept; null is written as 0 ("unspecified").</summary>
    public DateTimeOffset? ManufacturedAt { get; init; }
    public string Manufacturer { get; init; } = "";
    public string ProductName { get; init; } = "";
    public string SerialNumber { get; init; } = "";
    public string PartNumber { get; init; } = "";
    public string FruFileId { get; init; } = "";
    public IReadOnlyList<string> Custom { get; init; } = [];

    private int ContentLength =>
        1 +                                 // format version
        1 +                                 // length in 8-byte units
        1 +                                 // language code
        3 +                                 // mfg date/time, minutes since 1996, LS byte first
        FruField.Length(Manufacturer) +
        FruField.Length(ProductName) +
        FruField.Length(SerialNumber) +
        FruField.Length(PartNumber) +
        FruField.Length(FruFileId) +
        Custom.Sum(FruField.Length);

    public int Length => FruField.PaddedLength(ContentLength);

    public static bool TryParse(ReadOnlySpan<byte> image, int offset, out FruBoardInfo board)
    {
        board = null!;
        if (!FruField.TryGetArea(image, offset, out var area) || area.Length < 6)
            return false;
        var minutes = area[3] | area[4] << 8 | area[5] << 16;
        var at = 6;
        if (!FruField.TryRead(area, ref at, out var manufacturer) || !FruField.TryRead(area, ref at, out var product)
            || !FruField.TryRead(area, ref at, out var serial) || !FruField.TryRead(area, ref at, out var part)
            || !FruField.TryRead(area, ref at, out var fileId))
            return false;
        board = new FruBoardInfo
        {
            Language = area[2],
            ManufacturedAt = minutes == 0 ? null : MfgEpoch.AddMinutes(minutes),
            Manufacturer = manufacturer,
            ProductName = product,
            SerialNumber = serial,
            PartNumber = part,
            FruFileId = fileId,
            Custom = FruField.ReadCustom(area, ref at),
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = FruField.AreaFormatVersion;
        destination[2] = Language;
        var minutes = ManufacturedAt is { } manufactured ? (int)Math.Clamp((manufactured - MfgEpoch).TotalMinutes, 0, 0xFFFFFF) : 0;
        destination[3] = (byte)minutes;
        destination[4] = (byte)(minutes >> 8);
        destination[5] = (byte)(minutes >> 16);
        var at = 6;
        at += FruField.Write(Manufacturer, destination[at..]);
        at += FruField.Write(ProductName, destination[at..]);
        at += FruField.Write(SerialNumber, destination[at..]);
        at += FruField.Write(PartNumber, destination[at..]);
        at += FruField.Write(FruFileId, destination[at..]);
        foreach (var field in Custom)
            at += FruField.Write(field, destination[at..]);
        return FruField.Finish(destination, at);
    }

    public bool Equals(FruBoardInfo? other) =>
        other is not null && Language == other.Language && ManufacturedAt == other.ManufacturedAt
        && Manufacturer == other.Manufacturer && ProductName == other.ProductName && SerialNumber == other.SerialNumber
        && PartNumber == other.PartNumber && FruFileId == other.FruFileId && Custom.SequenceEqual(other.Custom);

    public override int GetHashCode() => HashCode.Combine(Manufacturer, ProductName, SerialNumber, PartNumber);
}
