namespace Ipmi.Protocol.Dcmi;

/// <summary>
/// DCMI commands, DCMI v1.5 §6 (Table 6-1), carried in the group-extension network function (0x2C)
/// with the defining-body byte 0xDC first in every request and response. Implemented message types:
/// capabilities, power reading, power limit get/set/activate, asset tag and management controller identifier
/// string reads and writes, sensor info, temperature readings.
/// </summary>
public enum DcmiCommand : byte
{
    GetCapabilities = 0x01,
    GetPowerReading = 0x02,
    GetPowerLimit = 0x03,
    SetPowerLimit = 0x04,
    ActivatePowerLimit = 0x05,
    GetAssetTag = 0x06,
    GetSensorInfo = 0x07,
    SetAssetTag = 0x08,
    GetManagementControllerId = 0x09,
    SetManagementControllerId = 0x0A,
    SetThermalLimit = 0x0B,
    GetThermalLimit = 0x0C,
    GetTemperatureReadings = 0x10,
    SetConfigurationParameters = 0x12,
    GetConfigurationParameters = 0x13,
}

/// <summary>The DCMI defining-body code, the first data byte of every DCMI request and response.</summary>
public static class DcmiGroup
{
    public const byte Id = 0xDC;

    /// <summary>True when <paramref name="data"/> holds at least <paramref name="length"/> bytes and starts with 0xDC.</summary>
    internal static bool Starts(ReadOnlySpan<byte> data, int length) => data.Length >= length && data[0] == Id;
}

/// <summary>
/// A DCMI response with no data beyond the group byte: Set Power Limit (DCMI v1.5 §6.6.3) and
/// Activate/Deactivate Power Limit (§6.6.4).
/// </summary>
public readonly record struct DcmiGroupResponse
{
    public const int Length = 1; // group extension ID, 0xDC

    public static bool TryParse(ReadOnlySpan<byte> data, out DcmiGroupResponse response)
    {
        response = default;
        return DcmiGroup.Starts(data, Length);
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        return Length;
    }
}
