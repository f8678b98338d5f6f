namespace Ipmi.Protocol.Tests.Sensors;

/// <summary>
/// Captures from a Dell PowerEdge R630 iDRAC, as published with ipmi-rs (datdenkikniet/ipmi-rs,
/// ipmi-rs/src/tests/dell_r630.rs): Get SDR response data (next record ID, then the record) and the
/// Get Sensor Reading response data of the same sensor. ipmi-rs shows 5280 RPM and 25 °C for them.
/// </summary>
internal static class DellR630
{
    public const string Fan2AGetSdr =
        "0E 00 0D 00 51 01 30 20 00 32 07 01 7F D4 04 01" +
        "05 30 05 00 03 00 00 12 00 00 78 02 00 02 30 00" +
        "07 54 C5 8B FF 00 FF FF FF 00 05 07 01 01 00 00" +
        "00 C5 46 61 6E 32 41";
    public const string Fan2AReading = "2C C0 C0";

    public const string InletTempGetSdr =
        "13 00 12 00 51 01 35 20 00 04 07 01 7F 68 01 01" +
        "85 32 85 32 1B 09 00 01 00 00 01 02 80 C2 30 00" +
        "07 97 C5 8B FF 00 FF AF AA 00 79 83 01 01 00 00" +
        "00 CA 49 6E 6C 65 74 20 54 65 6D 70";
    public const string InletTempReading = "99 C0 C0";

    /// <summary>Bytes 25-30 (factors) of the Fan2A record: M=120, tolerance 2, B=0, accuracy 194.</summary>
    public const string Fan2AFactors = "78 02 00 02 30 00";
    /// <summary>Bytes 25-30 of the Inlet Temp record: M=1, tolerance 2, B=-128 (0x380), accuracy 194.</summary>
    public const string InletTempFactors = "01 02 80 C2 30 00";
}
