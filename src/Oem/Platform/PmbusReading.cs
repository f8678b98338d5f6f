using System.Text.Json.Serialization;

namespace Oem.Platform;

/// <summary>The PMBus READ_* commands a sensor can use; values are the command codes (PMBus 1.3 Part II, Table 31).</summary>
[JsonConverter(typeof(PmbusReadingNames))]
public enum PmbusReading : byte
{
    ReadVin = 0x88,
    ReadIin = 0x89,
    ReadVout = 0x8B,
    ReadIout = 0x8C,
    ReadTemperature1 = 0x8D,
    ReadFanSpeed1 = 0x90,
    ReadPout = 0x96,
    ReadPin = 0x97,
}

public sealed class PmbusReadingNames() : NamedEnumConverter<PmbusReading>(
    ("READ_VIN", PmbusReading.ReadVin), ("READ_IIN", PmbusReading.ReadIin), ("READ_VOUT", PmbusReading.ReadVout),
    ("READ_IOUT", PmbusReading.ReadIout), ("READ_TEMPERATURE_1", PmbusReading.ReadTemperature1),
    ("READ_FAN_SPEED_1", PmbusReading.ReadFanSpeed1), ("READ_POUT", PmbusReading.ReadPout), ("READ_PIN", PmbusReading.ReadPin))
{
    public static readonly PmbusReadingNames Instance = new();
}
