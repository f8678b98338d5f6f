namespace Oem.Handlers;

/// <summary>
/// Sensor numbers the BMC logs its own events under. Profile sensors are numbered from 1 (index + 1); these sit at
/// the top of the range, below the reserved 0xFF, so they never clash with a profile of fewer than 240 sensors.
/// </summary>
public static class BmcSensorNumbers
{
    /// <summary>Event Logging Disabled (sensor type 0x10): the log was cleared.</summary>
    public const byte EventLog = 0xF0;

    /// <summary>Power unit and system restart events caused by chassis control.</summary>
    public const byte ChassisPower = 0xF1;

    /// <summary>Watchdog 2 (sensor type 0x23) expirations.</summary>
    public const byte Watchdog = 0xF2;

    /// <summary>The profile sensor at <paramref name="index"/>; 0 and 0xFF are reserved (IPMI v2.0 §35.14).</summary>
    public static byte ForIndex(int index) => (byte)(index + 1);

    /// <summary>The profile sensor index a number names, or -1.</summary>
    public static int ToIndex(byte number, int sensorCount) => number >= 1 && number <= sensorCount ? number - 1 : -1;
}
