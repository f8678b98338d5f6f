namespace Ipmi.Protocol.SensorEvent;

/// <summary>The status byte of the Get Sensor Reading response, IPMI v2.0 §35.14, Table 35-15 byte 3.</summary>
[Flags]
public enum SensorReadingStatus : byte
{
    None = 0,
    /// <summary>Reading/state unavailable (bit 5): ignore the reading byte and states.</summary>
    ReadingUnavailable = 0x20,
    /// <summary>Bit 6 set: sensor scanning enabled; clear = disabled.</summary>
    ScanningEnabled = 0x40,
    /// <summary>Bit 7 set: event messages enabled; clear = all event messages disabled from this sensor.</summary>
    EventMessagesEnabled = 0x80,
}
