namespace Ipmi.Protocol.Sensors;

/// <summary>
/// Sensor unit type codes, IPMI v2.0 §43.17, Table 43-15 (Full SDR bytes 22-23). The common
/// subset is named; the table runs to 92 (grams) and any value may be cast.
/// </summary>
public enum SensorUnit : byte
{
    Unspecified = 0,
    DegreesCelsius = 1,
    DegreesFahrenheit = 2,
    DegreesKelvin = 3,
    Volts = 4,
    Amps = 5,
    Watts = 6,
    Joules = 7,
    Coulombs = 8,
    VoltAmperes = 9,
    Nits = 10,
    Lumen = 11,
    Lux = 12,
    Candela = 13,
    KiloPascal = 14,
    Psi = 15,
    Newton = 16,
    Cfm = 17,
    Rpm = 18,
    Hertz = 19,
    Microseconds = 20,
    Milliseconds = 21,
    Seconds = 22,
    Minutes = 23,
    Hours = 24,
    Days = 25,
    Weeks = 26,
    Ohms = 54,
    Bytes = 70,
    Errors = 88,
    CorrectableErrors = 89,
    UncorrectableErrors = 90,
    FatalErrors = 91,
    Grams = 92,
}
