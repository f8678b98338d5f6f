namespace Ipmi.Protocol.Sdr;

/// <summary>
/// FRU Device Locator Record (type 0x11), IPMI v2.0 §43.8, Table 43-7: where a FRU inventory device is
/// and how to read it. ipmitool `fru print` walks these records and reads each logical FRU by its ID.
/// </summary>
public sealed record FruDeviceLocatorRecord
{
    /// <summary>Body bytes before the ID string (Table 43-7 bytes 6-15).</summary>
    public const int FixedBodyLength = 10;

    public ushort RecordId { get; init; }
    /// <summary>Byte 6 [7:1]: slave address of the controller that serves the FRU (0x20 = BMC), stored as the 8-bit address.</summary>
    public byte AccessAddress { get; init; } = SensorOwner.Bmc;
    /// <summary>Byte 7: FRU device ID for a logical FRU device, else the 8-bit slave address.</summary>
    public byte FruDeviceId { get; init; }
    /// <summary>Byte 8 [7]: a logical FRU device, read with Read FRU Data.</summary>
    public bool Logical { get; init; } = true;
    /// <summary>Byte 8 [4:3]: LUN for Read FRU Data.</summary>
    public byte AccessLun { get; init; }
    /// <summary>Byte 8 [2:0]: private bus ID.</summary>
    public byte PrivateBus { get; init; }
    /// <summary>Byte 9 [7:4]: channel number.</summary>
    public byte Channel { get; init; }
    /// <summary>Byte 11: device type (Table 43-12); 0x10 = IPMI FRU inventory.</summary>
    public byte DeviceType { get; init; } = 0x10;
    public byte DeviceTypeModifier { get; init; }
    public EntityId EntityId { get; init; }
    public byte EntityInstance { get; init; }
    public byte Oem { get; init; }
    public string IdString { get; init; } = "";

    public int Length => SdrHeader.Length + FixedBodyLength + SdrIdString.Length(IdString);

    public static bool TryParse(ReadOnlySpan<byte> record, out FruDeviceLocatorRecord locator)
    {
        locator = null!;
        if (!SdrHeader.TryParse(record, out var header) || header.Type != SdrRecordType.FruDeviceLocator
            || header.BodyLength < FixedBodyLength + 1 || record.Length < header.RecordLength)
            return false;
        var body = record[SdrHeader.Length..header.RecordLength];
        if (!SdrIdString.TryRead(body[FixedBodyLength..], out var id))
            return false;
        locator = new FruDeviceLocatorRecord
        {
            RecordId = header.RecordId,
            AccessAddress = (byte)(body[0] & 0xFE),       // byte 6
            FruDeviceId = body[1],                        // byte 7
            Logical = (body[2] & 0x80) != 0,              // byte 8
            AccessLun = (byte)((body[2] >> 3) & 0x03),
            PrivateBus = (byte)(body[2] & 0x07),
            Channel = (byte)(body[3] >> 4),               // byte 9 (byte 10 reserved)
            DeviceType = body[5],                         // byte 11
            DeviceTypeModifier = body[6],                 // byte 12
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
        new SdrHeader(RecordId, SdrRecordType.FruDeviceLocator, (byte)(length - SdrHeader.Length)).WriteTo(destination);
        var body = destination[SdrHeader.Length..length];
        body[0] = (byte)(AccessAddress & 0xFE);
        body[1] = FruDeviceId;
        body[2] = (byte)((Logical ? 0x80 : 0) | (AccessLun & 0x03) << 3 | PrivateBus & 0x07);
        body[3] = (byte)((Channel & 0x0F) << 4);
        body[4] = 0;
        body[5] = DeviceType;
        body[6] = DeviceTypeModifier;
        body[7] = (byte)EntityId;
        body[8] = EntityInstance;
        body[9] = Oem;
        SdrIdString.Write(IdString, body[FixedBodyLength..]);
        return length;
    }
}
