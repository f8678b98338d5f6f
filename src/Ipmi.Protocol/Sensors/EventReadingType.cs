namespace Ipmi.Protocol.Sensors;

/// <summary>
/// Event/reading type codes, IPMI v2.0 §42.1, Table 42-1 (ranges) and Table 42-2 (generic codes).
/// Carried in 7 bits (bit 7 of the SEL and event message "event dir/type" byte is the direction).
/// </summary>
public enum EventReadingType : byte
{
    Unspecified = 0x00,
    /// <summary>Threshold-based sensor: states are the threshold comparisons (Table 42-2, 01h).</summary>
    Threshold = 0x01,
    /// <summary>Generic discrete: DMI-based usage state (transition to idle/active/busy).</summary>
    UsageState = 0x02,
    /// <summary>Generic discrete: state deasserted / state asserted.</summary>
    DigitalState = 0x03,
    /// <summary>Generic discrete: predictive failure deasserted / asserted.</summary>
    PredictiveFailure = 0x04,
    /// <summary>Generic discrete: limit not exceeded / exceeded.</summary>
    Limit = 0x05,
    /// <summary>Generic discrete: performance met / lags.</summary>
    Performance = 0x06,
    /// <summary>Generic discrete: severity (OK, non-critical, critical …).</summary>
    Severity = 0x07,
    /// <summary>Generic discrete: device removed-absent / inserted-present.</summary>
    DevicePresence = 0x08,
    /// <summary>Generic discrete: device disabled / enabled.</summary>
    DeviceEnabled = 0x09,
    /// <summary>Generic discrete: availability state (running, in test, power off, …).</summary>
    AvailabilityState = 0x0A,
    /// <summary>Generic discrete: redundancy state.</summary>
    Redundancy = 0x0B,
    /// <summary>Generic discrete: ACPI device power state D0-D3.</summary>
    AcpiDevicePowerState = 0x0C,
    /// <summary>Sensor-specific: offsets are defined per sensor type in Table 42-3.</summary>
    SensorSpecific = 0x6F,
    /// <summary>First OEM code (0x70-0x7F).</summary>
    OemFirst = 0x70,
    OemLast = 0x7F,
}
