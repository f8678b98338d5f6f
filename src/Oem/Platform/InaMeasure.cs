using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>Which INA226 result a sensor reports.</summary>
[JsonConverter(typeof(InaMeasureNames))]
public enum InaMeasure
{
    BusVoltage,
    ShuntVoltage,
    Current,
    Power,
}

public sealed class InaMeasureNames() : NamedEnumConverter<InaMeasure>(
    ("bus-voltage", InaMeasure.BusVoltage), ("shunt-voltage", InaMeasure.ShuntVoltage),
    ("current", InaMeasure.Current), ("power", InaMeasure.Power));
