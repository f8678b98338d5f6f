namespace Ipmi.Protocol.Chassis;

/// <summary>
/// Power restore policy, IPMI v2.0 §28.8, Table 28-9 (Set Power Restore Policy, bits 2:0) and §28.2
/// (Get Chassis Status byte 1, bits 6:5).
/// </summary>
public enum PowerRestorePolicy : byte
{
    AlwaysOff = 0,
    Previous = 1,
    AlwaysOn = 2,
    /// <summary>In Set Power Restore Policy: change nothing, just report support. In Get Chassis Status: unknown.</summary>
    NoChangeOrUnknown = 3,
}

/// <summary>
/// Set Power Restore Policy request, IPMI v2.0 §28.8, Table 28-9 (chassis netFn, command 0x06).
/// ipmitool `chassis policy list` sends <see cref="PowerRestorePolicy.NoChangeOrUnknown"/>.
/// </summary>
public readonly record struct SetPowerRestorePolicyRequest(PowerRestorePolicy Policy)
{
    public const byte Command = 0x06;
    public const int Length = 1; // [2:0] policy

    public static bool TryParse(ReadOnlySpan<byte> data, out SetPowerRestorePolicyRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new SetPowerRestorePolicyRequest((PowerRestorePolicy)(data[0] & 0x07));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Policy;
        return Length;
    }
}

/// <summary>
/// Set Power Restore Policy response, IPMI v2.0 §28.8: the supported policies, bit n set when policy n
/// (<see cref="PowerRestorePolicy"/>) is supported.
/// </summary>
public readonly record struct SetPowerRestorePolicyResponse(byte SupportedPolicies)
{
    /// <summary>All three policies supported.</summary>
    public const byte AllSupported = 0b111;
    public const int Length = 1;

    public bool Supports(PowerRestorePolicy policy) => policy != PowerRestorePolicy.NoChangeOrUnknown && (SupportedPolicies >> (int)policy & 1) != 0;

    public static bool TryParse(ReadOnlySpan<byte> data, out SetPowerRestorePolicyResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new SetPowerRestorePolicyResponse((byte)(data[0] & 0x07));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = SupportedPolicies;
        return Length;
    }
}
