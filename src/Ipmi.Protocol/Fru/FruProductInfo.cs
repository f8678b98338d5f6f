namespace Ipmi.Protocol.Fru;

/// <summary>
/// Product Info Area, FRU Information Storage Definition v1.0 rev 1.3, §12, Table 12-1: language,
/// manufacturer, product name, part/model number, version, serial number, asset tag, FRU file ID,
/// custom fields.
/// </summary>
public sealed record FruProductInfo
{
    public byte Language { get; init; }
    public string Manufacturer { get; init; } = "";
    public string Name { get; init; } = "";
    public string PartNumber { get; init; } = "";
    public string Version { get; init; } = "";
    public string SerialNumber { get; init; } = "";
    public string AssetTag { get; init; } = "";
    public string FruFileId { get; init; } = "";
    public IReadOnlyList<string> Custom { get; init; } = [];

    private int ContentLength =>
        1 +                                 // format version
        1 +                                 // length in 8-byte units
        1 +                                 // language code
        FruField.Length(Manufacturer) +
        FruField.Length(Name) +
        FruField.Length(PartNumber) +
        FruField.Length(Version) +
        FruField.Length(SerialNumber) +
        FruField.Length(AssetTag) +
        FruField.Length(FruFileId) +
        Custom.Sum(FruField.Length);

    public int Length => FruField.PaddedLength(ContentLength);

    public static bool TryParse(ReadOnlySpan<byte> image, int offset, out FruProductInfo product)
    {
        product = null!;
        if (!FruField.TryGetArea(image, offset, out var area))
            return false;
        var at = 3;
        if (!FruField.TryRead(area, ref at, out var manufacturer) || !FruField.TryRead(area, ref at, out var name)
            || !FruField.TryRead(area, ref at, out var part) || !FruField.TryRead(area, ref at, out var version)
            || !FruField.TryRead(area, ref at, out var serial) || !FruField.TryRead(area, ref at, out var asset)
            || !FruField.TryRead(area, ref at, out var fileId))
            return false;
        product = new FruProductInfo
        {
            Language = area[2],
            Manufacturer = manufacturer,
            Name = name,
            PartNumber = part,
            Version = version,
            SerialNumber = serial,
            AssetTag = asset,
            FruFileId = fileId,
            Custom = FruField.ReadCustom(area, ref at),
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = FruField.AreaFormatVersion;
        destination[2] = Language;
        var at = 3;
        foreach (var field in (ReadOnlySpan<string>)[Manufacturer, Name, PartNumber, Version, SerialNumber, AssetTag, FruFileId])
            at += FruField.Write(field, destination[at..]);
        foreach (var field in Custom)
            at += FruField.Write(field, destination[at..]);
        return FruField.Finish(destination, at);
    }

    public bool Equals(FruProductInfo? other) =>
        other is not null && Language == other.Language && Manufacturer == other.Manufacturer && Name == other.Name
        && PartNumber == other.PartNumber && Version == other.Version && SerialNumber == other.SerialNumber
        && AssetTag == other.AssetTag && FruFileId == other.FruFileId && Custom.SequenceEqual(other.Custom);

    public override int GetHashCode() => HashCode.Combine(Manufacturer, Name, PartNumber, SerialNumber);
}
