using System.Buffers.Binary;

namespace Ipmi.Protocol.Dcmi;

/// <summary>Exception actions when the power limit cannot be held, DCMI v1.5 §6.6.2, Table 6-17 byte 5.</summary>
public enum PowerLimitExceptionAction : byte
{
    NoAction = 0x00,
    HardPowerOffAndLog = 0x01,
    LogEventOnly = 0x11,
}

/// <summary>
/// A power limit as Get Power Limit answers and Set Power Limit sets it, DCMI v1.5 §6.6.2-6.6.3,
/// Tables 6-17 and 6-18: exception action, limit in watts, correction time limit in milliseconds,
/// two reserved bytes, statistics sampling period in seconds (all LS byte first).
/// </summary>
public readonly record struct DcmiPowerLimit(
    PowerLimitExceptionAction ExceptionAction,
    ushort LimitWatts,
    uint CorrectionTimeMilliseconds,
    ushort SamplingPeriodSeconds)
{
    public const int Length =
        1 + // exception actions
        2 + // power limit in watts
        4 + // correction time limit, ms
        2 + // reserved
        2;  // statistics sampling period, s

    public static DcmiPowerLimit Read(ReadOnlySpan<byte> source) => new(
        (PowerLimitExceptionAction)source[0],
        BinaryPrimitives.ReadUInt16LittleEndian(source[1..]),
        BinaryPrimitives.ReadUInt32LittleEndian(source[3..]),
        BinaryPrimitives.ReadUInt16LittleEndian(source[9..]));

    public void Write(Span<byte> destination)
    {
        destination[0] = (byte)ExceptionAction;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[1..], LimitWatts);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[3..], CorrectionTimeMilliseconds);
        destination[7] = 0;
        destination[8] = 0;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[9..], SamplingPeriodSeconds);
    }
}

/// <summary>
/// Get Power Limit request, DCMI v1.5 §6.6.2 (group extension, command 0x03): group and two reserved
/// bytes. The response is <see cref="GetPowerLimitResponse"/>, or completion code 0x80 when no limit is active.
/// </summary>
public readonly record struct GetPowerLimitRequest
{
    public const byte NoActiveLimit = 0x80;

    public const int Length =
        1 + // group extension ID
        2;  // reserved

    public static bool TryParse(ReadOnlySpan<byte> data, out GetPowerLimitRequest request)
    {
        request = default;
        return DcmiGroup.Starts(data, Length);
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = 0;
        destination[2] = 0;
        return Length;
    }
}

/// <summary>Get Power Limit response, DCMI v1.5 §6.6.2, Table 6-17: group, two reserved bytes, the limit.</summary>
public readonly record struct GetPowerLimitResponse(DcmiPowerLimit Limit)
{
    public const int Length =
        1 +                     // group extension ID
        2 +                     // reserved
        DcmiPowerLimit.Length;  // action, limit, correction time, reserved, sampling period

    public static bool TryParse(ReadOnlySpan<byte> data, out GetPowerLimitResponse response)
    {
        response = default;
        if (!DcmiGroup.Starts(data, Length))
            return false;
        response = new GetPowerLimitResponse(DcmiPowerLimit.Read(data[3..]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = 0;
        destination[2] = 0;
        Limit.Write(destination[3..]);
        return Length;
    }
}

/// <summary>
/// Set Power Limit request, DCMI v1.5 §6.6.3, Table 6-18 (group extension, command 0x04): group, three
/// reserved bytes, the limit. The response is a <see cref="DcmiGroupResponse"/>.
/// </summary>
public readonly record struct SetPowerLimitRequest(DcmiPowerLimit Limit)
{
    public const int Length =
        1 +                     // group extension ID
        3 +                     // reserved
        DcmiPowerLimit.Length;  // action, limit, correction time, reserved, sampling period

    public static bool TryParse(ReadOnlySpan<byte> data, out SetPowerLimitRequest request)
    {
        request = default;
        if (!DcmiGroup.Starts(data, Length))
            return false;
        request = new SetPowerLimitRequest(DcmiPowerLimit.Read(data[4..]));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1..4].Clear();
        Limit.Write(destination[4..]);
        return Length;
    }
}

/// <summary>
/// Activate/Deactivate Power Limit request, DCMI v1.5 §6.6.4, Table 6-19 (group extension, command
/// 0x05): group, 1 = activate / 0 = deactivate, two reserved bytes. The response is a <see cref="DcmiGroupResponse"/>.
/// </summary>
public readonly record struct ActivatePowerLimitRequest(bool Activate)
{
    public const int Length =
        1 + // group extension ID
        1 + // power limit activation
        2;  // reserved

    public static bool TryParse(ReadOnlySpan<byte> data, out ActivatePowerLimitRequest request)
    {
        request = default;
        if (!DcmiGroup.Starts(data, Length) || data[1] > 1)
            return false;
        request = new ActivatePowerLimitRequest(data[1] == 1);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = (byte)(Activate ? 1 : 0);
        destination[2] = 0;
        destination[3] = 0;
        return Length;
    }
}
