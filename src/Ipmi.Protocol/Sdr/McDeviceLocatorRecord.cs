namespace Ipmi.Protocol.Sdr;

/// <summary>
/// Management Controller Device Locator Record (type 0x12), IPMI v2.0 §43.9, Table 43-8: a management
/// controller on the IPMB, with what it can do (the "Additional Device Support" bits of Get Device ID).
/// </summary>
public sealed record McDeviceLocatorRecord
{
    /// <summary>Body bytes before the ID string (Table 43-8 bytes 6-15).</summary>
    public const int FixedBodyLength = 10;

    public ushort RecordId { get; init; }
    /// <summary>Byte 6 [7:1]: the controller's slave address, stored as the 8-bit address.</summary>
    public byte SlaveAddress { get; init; } = SensorOwner.Bmc;
    /// <summary>Byte 7 [3:0]: channel number.</summary>
    public byte Channel { get; init; }
    /// <summary>Byte 8: power state notification and global initialization bits.</summary>
    public byte PowerStateAndInitialization { get; init; }
    /// <summary>Byte 9: device capabilities ([7] chassis device … [0] sensor device).</summary>
    public byte Capabilities { get; init; }
    public EntityId EntityId { get; init; }
    public byte EntityInstance { get; init; }
    public byte Oem { get; init; }
    public string IdString { get; init; } = "";

    public int Length => SdrHeader.Length + FixedBodyLength + SdrIdString.Length(IdString);

    public static bool TryParse(ReadOnlySpan<byte> record, out McDeviceLocatorRecord locator)
    {
        locator = null!;
        if (!SdrHeader.TryParse(record, out var header) || header.Type != SdrRecordType.McDeviceLocator
            || header.BodyLength < FixedBodyLength + 1 || record.Length < header.RecordLength)
            return false;
        var body = record[SdrHeader.Length..header.RecordLength];
        if (!SdrIdString.TryRead(body[FixedBodyLength..], out var id))
            return false;
        locator = new McDeviceLocatorRecord
        {
            RecordId = header.RecordId,
            SlaveAddress = (byte)(body[0] & 0xFE),        // byte 6
            Channel = (byte)(body[1] & 0x0F),             // byte 7
            PowerStateAndInitialization = body[2],        // byte 8
            Capabilities = body[3],                       // byte 9 (10-12 reserved)
            EntityId = (EntityId)body[7],                 // byte 13
            EntityInstance = body[8],                     // byte 14
            Oem = body[9],                                // byte 15
            IdString = id,                                // bytes 16+
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        var length = Length;
        new SdrHeader(RecordId, SdrRecordType.McDeviceLocator, (byte)(length - SdrHeader.Length)).WriteTo(destination);
        var body = destination[SdrHeader.Length..length];
        body[0] = (byte)(SlaveAddress & 0xFE);
        body[1] = (byte)(Channel & 0x0F);
        body[2] = PowerStateAndInitialization;
        body[3] = Capabilities;
        body[4..7].Clear();
        body[7] = (byte)EntityId;
        body[8] = EntityInstance;
        body[9] = Oem;
        SdrIdString.Write(IdString, body[FixedBodyLength..]);
        return length;
    }
}
