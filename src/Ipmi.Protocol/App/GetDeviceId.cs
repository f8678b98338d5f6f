using System.Buffers.Binary;

namespace Ipmi.Protocol.App;

/// <summary>Get Device ID command code (IPMI v2.0 §20.1); the request has no data.</summary>
public static class GetDeviceId
{
    public const byte Command = 0x01;
}

/// <summary>
/// Get Device ID response data, IPMI v2.0 §20.1, Table 20-2 (after the completion code).
/// </summary>
public readonly record struct GetDeviceIdResponse
{
    /// <summary>Data length with the optional auxiliary firmware revision.</summary>
    public const int FullLength =
        1 + // device ID
        1 + // device revision (bit 7: provides device SDRs)
        1 + // firmware revision 1: bit 7 device available (0 = normal), bits 6:0 major
        1 + // firmware revision 2: minor, BCD
        1 + // IPMI version, BCD with the major in the low nibble (0x02 = 2.0)
        1 + // additional device support bitmap
        3 + // manufacturer ID, 20-bit IANA enterprise number, LS byte first
        2 + // product ID, LS byte first
        4;  // auxiliary firmware revision
    private const int MinimumLength = FullLength - 4;

    public byte DeviceId { get; init; }
    public byte DeviceRevision { get; init; }
    public bool ProvidesDeviceSdrs { get; init; }
    /// <summary>False while the device is updating firmware or initialising (bit 7 of byte 3 set).</summary>
    public bool DeviceAvailable { get; init; }
    public byte FirmwareMajor { get; init; }
    /// <summary>Minor revision as a decimal number 0-99; written as BCD.</summary>
    public byte FirmwareMinor { get; init; }
    public byte IpmiVersion { get; init; }
    public AdditionalDeviceSupport Support { get; init; }
    public uint ManufacturerId { get; init; }
    public ushort ProductId { get; init; }
    public uint? AuxiliaryFirmwareRevision { get; init; }

    public int Length => AuxiliaryFirmwareRevision is null ? MinimumLength : FullLength;

    public static bool TryParse(ReadOnlySpan<byte> data, out GetDeviceIdResponse response)
    {
        response = default;
        if (data.Length < MinimumLength || !Bcd.TryDecode(data[3], out var minor))
            return false;
        response = new GetDeviceIdResponse
        {
            DeviceId = data[0],
            DeviceRevision = (byte)(data[1] & 0x0F),
            ProvidesDeviceSdrs = (data[1] & 0x80) != 0,
            DeviceAvailable = (data[2] & 0x80) == 0,
            FirmwareMajor = (byte)(data[2] & 0x7F),
            FirmwareMinor = minor,
            IpmiVersion = data[4],
            Support = (AdditionalDeviceSupport)data[5],
            ManufacturerId = (uint)(data[6] | data[7] << 8 | (data[8] & 0x0F) << 16),
            ProductId = BinaryPrimitives.ReadUInt16LittleEndian(data[9..]),
            AuxiliaryFirmwareRevision = data.Length >= FullLength ? BinaryPrimitives.ReadUInt32LittleEndian(data[11..]) : null,
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DeviceId;
        destination[1] = (byte)((ProvidesDeviceSdrs ? 0x80 : 0) | (DeviceRevision & 0x0F));
        destination[2] = (byte)((DeviceAvailable ? 0 : 0x80) | (FirmwareMajor & 0x7F));
        destination[3] = Bcd.Encode(FirmwareMinor);
        destination[4] = IpmiVersion;
        destination[5] = (byte)Support;
        destination[6] = (byte)ManufacturerId;
        destination[7] = (byte)(ManufacturerId >> 8);
        destination[8] = (byte)((ManufacturerId >> 16) & 0x0F);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[9..], ProductId);
        if (AuxiliaryFirmwareRevision is { } aux)
            BinaryPrimitives.WriteUInt32LittleEndian(destination[11..], aux);
        return Length;
    }
}

/// <summary>Additional Device Support bits, IPMI v2.0 §20.1, Table 20-2 byte 7.</summary>
[Flags]
public enum AdditionalDeviceSupport : byte
{
    None = 0,
    SensorDevice = 0x01,
    SdrRepositoryDevice = 0x02,
    SelDevice = 0x04,
    FruInventoryDevice = 0x08,
    IpmbEventReceiver = 0x10,
    IpmbEventGenerator = 0x20,
    Bridge = 0x40,
    ChassisDevice = 0x80,
}
