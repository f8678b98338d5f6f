namespace Ipmi.Protocol.Sensors;

/// <summary>
/// One bit per threshold, in the order every IPMI threshold mask uses: the settable/readable masks of
/// the Full SDR (§43.1, Table 43-1 bytes 19-20), Set/Get Sensor Thresholds (§35.8, §35.9) and the
/// threshold comparison status of Get Sensor Reading (§35.14, byte 4: "at or below" for the lower
/// three, "at or above" for the upper three).
/// </summary>
[Flags]
public enum Thresholds : byte
{
    None = 0,
    LowerNonCritical = 1 << 0,
    LowerCritical = 1 << 1,
    LowerNonRecoverable = 1 << 2,
    UpperNonCritical = 1 << 3,
    UpperCritical = 1 << 4,
    UpperNonRecoverable = 1 << 5,
    All = 0x3F,
}
