using System.Buffers.Binary;

namespace Ipmi.Protocol.Dcmi;

/// <summary>Power reading modes, DCMI v1.5 §6.6.1, Table 6-16 byte 2.</summary>
public enum PowerReadingMode : byte
{
    SystemPowerStatistics = 0x01,
    EnhancedSystemPowerStatistics = 0x02,
}

/// <summary>
/// Get Power Reading request, DCMI v1.5 §6.6.1, Table 6-16 (group extension, command 0x02): group, mode,
/// mode attributes (the rolling average period for enhanced statistics, else 0), reserved.
/// ipmitool 1.8.19 `dcmi power reading` sends DC 01 00 00.
/// </summary>
public readonly record struct GetPowerReadingRequest(PowerReadingMode Mode, byte ModeAttributes = 0)
{
    public const int Length =
        1 + // group extension ID
        1 + // mode
        1 + // mode attributes
        1;  // reserved

    public static bool TryParse(ReadOnlySpan<byte> data, out GetPowerReadingRequest request)
    {
        request = default;
        if (!DcmiGroup.Starts(data, Length))
            return false;
        request = new GetPowerReadingRequest((PowerReadingMode)data[1], data[2]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = (byte)Mode;
        destination[2] = ModeAttributes;
        destination[3] = 0;
        return Length;
    }
}

/// <summary>
/// Get Power Reading response, DCMI v1.5 §6.6.1, Table 6-16: current, minimum, maximum and average power
/// in watts over the statistics reporting period (all LS byte first), the IPMI timestamp of the
/// reading, the period in milliseconds and the reading state ([6] 1 = power measurement active).
/// </summary>
public readonly record struct GetPowerReadingResponse(
    ushort CurrentWatts,
    ushort MinimumWatts,
    ushort MaximumWatts,
    ushort AverageWatts,
    uint Timestamp,
    uint ReportingPeriodMilliseconds,
    bool MeasurementActive)
{
    public const byte MeasurementActiveBit = 0x40;

    public const int Length =
        1 + // group extension ID
        2 + // current power in watts
        2 + // minimum power over the sampling duration
        2 + // maximum power over the sampling duration
        2 + // average power over the sampling duration
        4 + // IPMI timestamp
        4 + // statistics reporting time period, ms
        1;  // power reading state

    public static bool TryParse(ReadOnlySpan<byte> data, out GetPowerReadingResponse response)
    {
        response = default;
        if (!DcmiGroup.Starts(data, Length))
            return false;
        response = new GetPowerReadingResponse(
            BinaryPrimitives.ReadUInt16LittleEndian(data[1..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[3..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[5..]),
            BinaryPrimitives.ReadUInt16LittleEndian(data[7..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[9..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[13..]),
            (data[17] & MeasurementActiveBit) != 0);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], CurrentWatts);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[3..], MinimumWatts);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[5..], MaximumWatts);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[7..], AverageWatts);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[9..], Timestamp);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[13..], ReportingPeriodMilliseconds);
        destination[17] = MeasurementActive ? MeasurementActiveBit : (byte)0;
        return Length;
    }
}
