namespace Oem.Platform;

/// <summary>
/// One analog sensor: what it measures, which chip on which bus reads it, the chip-specific settings, and what the
/// SDR will publish (thresholds, range and resolution for linearization, entity).
/// </summary>
public sealed record SensorProfile
{
    /// <summary>The SDR ID string: at most 16 ASCII characters (IPMI v2.0 §43.1, Table 43-1 byte 48).</summary>
    public required string Name { get; init; }
    public required SensorKind Kind { get; init; }
    public required ChipKind Chip { get; init; }
    public required int Bus { get; init; }
    public required int Address { get; init; }

    /// <summary>pmbus: the READ_* command.</summary>
    public PmbusReading? Reading { get; init; }

    /// <summary>pmbus: verify the SMBus packet error code of every read (on by default).</summary>
    public bool Pec { get; set; } = true;

    /// <summary>ina226: the shunt resistor.</summary>
    public double? ShuntMilliohm { get; init; }

    /// <summary>ina226: the largest expected current, which fixes the current LSB (max / 2^15); 10 A by default.</summary>
    public double MaxCurrentA { get; set; } = 10;

    /// <summary>ina226: which result to report.</summary>
    public InaMeasure? Measure { get; init; }

    /// <summary>emc2305: fan channel 1-5.</summary>
    public int? Channel { get; init; }

    /// <summary>register: where and how the value is read.</summary>
    public RegisterReadProfile? Register { get; init; }

    public SensorThresholds Thresholds { get; set; } = new();

    /// <summary>Hysteresis applied when a threshold deasserts, in the sensor's unit.</summary>
    public double Hysteresis { get; init; }

    /// <summary>Reading expected when the system runs normally (SDR nominal reading).</summary>
    public double? Nominal { get; init; }

    /// <summary>Lowest reading the SDR linearization must express.</summary>
    public double? NominalMin { get; init; }

    /// <summary>Highest reading the SDR linearization must express.</summary>
    public double? NominalMax { get; init; }

    /// <summary>Step between readings in the SDR encoding; defaults per kind.</summary>
    public double? Resolution { get; init; }

    /// <summary>The supply the sensor lives on; main-domain sensors are not read while the host is off.</summary>
    public PowerDomain PowerDomain { get; init; }

    /// <summary>Entity the sensor belongs to (IPMI v2.0 §43.14, Table 43-13); defaults per kind.</summary>
    public EntityProfile? Entity { get; init; }
}
