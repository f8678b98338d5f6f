namespace Oem.Platform;

/// <summary>
/// Who the managed system says it is: the values of Get Device ID (IPMI v2.0 §20.1) and the GUIDs
/// (§20.8, §22.14). Plain values, no wire types, so other front ends (Redfish) can use them too.
/// </summary>
public sealed record PlatformIdentity
{
    /// <summary>IANA private enterprise number of the manufacturer (20 bits; 0 = unspecified).</summary>
    public uint ManufacturerId { get; init; }
    public ushort ProductId { get; init; }
    public byte DeviceId { get; set; } = 0x20;
    /// <summary>0-15.</summary>
    public byte DeviceRevision { get; init; }
    /// <summary>"major.minor", major 0-127, minor 0-99 (two decimal digits, sent as BCD).</summary>
    public string FirmwareVersion { get; set; } = "1.00";
    public uint? AuxFirmwareRevision { get; init; }
    public Guid SystemGuid { get; init; }
    /// <summary>The management controller's own GUID; defaults to the system GUID.</summary>
    public Guid? DeviceGuid { get; init; }

    public (byte Major, byte Minor) ParsedFirmwareVersion =>
        FirmwareVersionFormat.TryParse(FirmwareVersion, out var major, out var minor)
            ? (major, minor)
            : throw new InvalidOperationException($"Unvalidated firmware version '{FirmwareVersion}'.");
}
