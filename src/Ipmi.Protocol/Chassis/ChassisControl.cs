namespace Ipmi.Protocol.Chassis;

/// <summary>Chassis control actions, IPMI v2.0 §28.3, Table 28-4 byte 1 bits 3:0.</summary>
public enum ChassisControlAction : byte
{
    PowerDown = 0,
    PowerUp = 1,
    PowerCycle = 2,
    HardReset = 3,
    PulseDiagnosticInterrupt = 4,
    /// <summary>Initiate a soft shutdown of the OS via ACPI by emulating a fatal overtemperature.</summary>
    SoftShutdown = 5,
}

/// <summary>
/// Chassis Control request, IPMI v2.0 §28.3, Table 28-4 (chassis netFn, command 0x02); the response is
/// the completion code alone. ipmitool `power off|on|cycle|reset|diag|soft` sends 0-5.
/// </summary>
public readonly record struct ChassisControlRequest(ChassisControlAction Action)
{
    public const byte Command = 0x02;
    public const int Length = 1; // [3:0] chassis control

    public static bool TryParse(ReadOnlySpan<byte> data, out ChassisControlRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new ChassisControlRequest((ChassisControlAction)(data[0] & 0x0F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Action;
        return Length;
    }
}
