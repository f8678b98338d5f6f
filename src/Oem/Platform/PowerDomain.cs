using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>
/// Which supply powers a sensor: standby power is up whenever the board has AC, so the sensor is always read; main
/// power follows the host's power-good, so the sensor is not scanned while the host is off (IPMI v2.0 §35.14,
/// Table 35-15 byte 2: scanning disabled, reading unavailable).
/// </summary>
[JsonConverter(typeof(PowerDomainNames))]
public enum PowerDomain
{
    Standby,
    Main,
}

public sealed class PowerDomainNames() : NamedEnumConverter<PowerDomain>(("standby", PowerDomain.Standby), ("main", PowerDomain.Main))
{
    public static readonly PowerDomainNames Instance = new();
}
