namespace Oem.Platform;

internal static partial class ProfileValidator
{
    /// <summary>SDR ID string length limit (IPMI v2.0 §43.1, Table 43-1, byte 48: up to 16 bytes).</summary>
    public const int MaxSensorNameLength = 16;

    private static void ValidateSensors(PlatformProfile profile, string file)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < profile.Sensors.Count; i++)
        {
            var sensor = profile.Sensors[i];
            var at = $"$.sensors[{i}]";
            if (string.IsNullOrWhiteSpace(sensor.Name) || sensor.Name.Length > MaxSensorNameLength || sensor.Name.Any(c => c is < ' ' or > '~'))
                throw new ProfileException(file, $"{at}.name", $"'{sensor.Name}' is not valid; expected 1-{MaxSensorNameLength} printable ASCII characters");
            if (!names.Add(sensor.Name))
                throw new ProfileException(file, $"{at}.name", $"'{sensor.Name}' is used by another sensor; expected unique names");
            CheckBusReference(profile, sensor.Bus, $"{at}.bus", file);
            CheckAddress(sensor.Address, $"{at}.address", file);
            ValidateSensorChip(sensor, at, file);
            if (sensor.Thresholds.FindDisorder() is { } disorder)
                throw new ProfileException(file, $"{at}.thresholds.{ThresholdLevels.JsonName(disorder.Level)}", disorder.Problem);
            if (sensor.Hysteresis < 0 || !double.IsFinite(sensor.Hysteresis))
                throw new ProfileException(file, $"{at}.hysteresis", $"{sensor.Hysteresis} is not valid; expected a number ≥ 0");
            if (sensor is { NominalMin: { } min, NominalMax: { } max } && !(min < max))
                throw new ProfileException(file, $"{at}.nominalMax", $"{max} is not above nominalMin ({min}); expected min < max");
            if (sensor.Resolution is { } resolution && !(resolution > 0))
                throw new ProfileException(file, $"{at}.resolution", $"{resolution} is not valid; expected a step > 0");
            if (!Enum.IsDefined(sensor.PowerDomain))
                throw new ProfileException(file, $"{at}.powerDomain", $"{(int)sensor.PowerDomain} is not valid; expected one of {PowerDomainNames.Instance.Expected}");
            if (sensor.Entity is { Instance: > 127 } entity)
                throw new ProfileException(file, $"{at}.entity.instance", $"{entity.Instance} is out of range; expected 0-127");
        }
    }

    private static void ValidateSensorChip(SensorProfile sensor, string at, string file)
    {
        switch (sensor.Chip)
        {
            case ChipKind.Lm75 or ChipKind.Tmp75:
                ExpectKind(sensor, at, file, SensorKind.Temperature);
                break;
            case ChipKind.Ina226:
                if (sensor.Measure is not { } measure)
                    throw new ProfileException(file, $"{at}.measure", "is missing; expected bus-voltage, shunt-voltage, current or power");
                ExpectKind(sensor, at, file, measure switch
                {
                    InaMeasure.BusVoltage or InaMeasure.ShuntVoltage => SensorKind.Voltage,
                    InaMeasure.Current => SensorKind.Current,
                    _ => SensorKind.Power,
                });
                if (measure is InaMeasure.Current or InaMeasure.Power && sensor.ShuntMilliohm is null)
                    throw new ProfileException(file, $"{at}.shuntMilliohm", "is missing; current and power need the shunt resistance in milliohms, e.g. 2");
                if (sensor.ShuntMilliohm is { } shunt && !(shunt > 0))
                    throw new ProfileException(file, $"{at}.shuntMilliohm", $"{shunt} is not valid; expected a resistance > 0");
                if (!(sensor.MaxCurrentA > 0))
                    throw new ProfileException(file, $"{at}.maxCurrentA", $"{sensor.MaxCurrentA} is not valid; expected a current > 0");
                // INA226 datasheet §7.5 Equation 1: CAL = 0.00512 / (maxCurrent / 2^15 × R_shunt) must fit 15 bits.
                if (sensor.ShuntMilliohm is { } milliohm && Math.Truncate(0.00512 / (sensor.MaxCurrentA / 32768 * milliohm / 1000)) is < 1 or > 0x7FFF)
                    throw new ProfileException(file, $"{at}.maxCurrentA", $"{sensor.MaxCurrentA} A on a {milliohm} mΩ shunt gives an INA226 calibration outside 1-32767; expected a maximum current that suits the shunt");
                break;
            case ChipKind.Pmbus:
                if (sensor.Reading is not { } reading)
                    throw new ProfileException(file, $"{at}.reading", $"is missing; expected one of {PmbusReadingNames.Instance.Expected}");
                ExpectKind(sensor, at, file, reading switch
                {
                    PmbusReading.ReadVin or PmbusReading.ReadVout => SensorKind.Voltage,
                    PmbusReading.ReadIin or PmbusReading.ReadIout => SensorKind.Current,
                    PmbusReading.ReadTemperature1 => SensorKind.Temperature,
                    PmbusReading.ReadFanSpeed1 => SensorKind.Fan,
                    _ => SensorKind.Power,
                });
                break;
            case ChipKind.Emc2305:
                ExpectKind(sensor, at, file, SensorKind.Fan);
                if (sensor.Channel is not (>= 1 and <= 5))
                    throw new ProfileException(file, $"{at}.channel", $"{(sensor.Channel?.ToString() ?? "missing")}; expected the fan channel 1-5");
                break;
            case ChipKind.Register:
                if (sensor.Register is not { } register)
                    throw new ProfileException(file, $"{at}.register", "is missing; expected { \"address\": \"0x10\", \"width\": 1|2|4, \"endianness\", \"signed\", \"scale\", \"offset\" }");
                ValidateRegisterRead(register, $"{at}.register", file);
                break;
            default:
                throw new ProfileException(file, $"{at}.chip", $"'{ChipKindNames.Instance.NameOf(sensor.Chip)}' is not a sensor chip; expected lm75, tmp75, ina226, pmbus, emc2305 or register");
        }
    }

    private static void ExpectKind(SensorProfile sensor, string at, string file, SensorKind expected)
    {
        if (sensor.Kind != expected)
            throw new ProfileException(file, $"{at}.kind", $"'{SensorKindNames.Instance.NameOf(sensor.Kind)}' does not match what this {ChipKindNames.Instance.NameOf(sensor.Chip)} reading measures; expected {SensorKindNames.Instance.NameOf(expected)}");
    }

    private static void ValidateRegisterRead(RegisterReadProfile register, string at, string file)
    {
        CheckRegisterNumber(register.Address, $"{at}.address", file);
        CheckWidth(register.Width, $"{at}.width", file);
        if (!double.IsFinite(register.Scale) || register.Scale == 0)
            throw new ProfileException(file, $"{at}.scale", $"{register.Scale} is not valid; expected a non-zero factor");
        if (!double.IsFinite(register.Offset))
            throw new ProfileException(file, $"{at}.offset", $"{register.Offset} is not valid; expected a finite number");
    }

    private static void ValidateRegisterAction(RegisterAction action, string at, string file)
    {
        CheckRegisterNumber(action.Register, $"{at}.register", file);
        CheckWidth(action.Width, $"{at}.width", file);
        if (action.Width < 4 && action.Value >> (8 * action.Width) != 0)
            throw new ProfileException(file, $"{at}.value", $"0x{action.Value:X} does not fit {action.Width} byte(s)");
    }

    private static void CheckRegisterNumber(int register, string field, string file)
    {
        if (register is < 0 or > 0xFF)
            throw new ProfileException(file, field, $"{register} is out of range; expected a register number 0x00-0xFF");
    }

    private static void CheckWidth(int width, string field, string file)
    {
        if (width is not (1 or 2 or 4))
            throw new ProfileException(file, field, $"{width} is not valid; expected 1, 2 or 4 bytes");
    }
}
