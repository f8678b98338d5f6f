namespace Oem.Platform;

internal static partial class ProfileValidator
{
    private static void ValidatePower(PlatformProfile profile, string file)
    {
        if (profile.Power is not { } power)
            return;
        const string at = "$.power";
        CheckChip(power.Chip, $"{at}.chip", file, ChipKind.Pca9555, ChipKind.Register);
        CheckBusReference(profile, power.Bus, $"{at}.bus", file);
        CheckAddress(power.Address, $"{at}.address", file);
        if (power.ConfirmTimeoutMs is < 1 or > 600_000)
            throw new ProfileException(file, $"{at}.confirmTimeoutMs", $"{power.ConfirmTimeoutMs} is out of range; expected 1-600000 milliseconds");
        if (power.CycleIntervalMs is < 0 or > 600_000)
            throw new ProfileException(file, $"{at}.cycleIntervalMs", $"{power.CycleIntervalMs} is out of range; expected 0-600000 milliseconds");
        if (power.Chip == ChipKind.Pca9555)
            ValidatePca9555Power(power, at, file);
        else
            ValidateRegisterPower(power, at, file);
    }

    private static void ValidatePca9555Power(PowerProfile power, string at, string file)
    {
        var pins = new Dictionary<int, string>();
        CheckPin(power.ButtonPin, $"{at}.buttonPin", required: true, pins, file);
        CheckPin(power.PowerGoodPin, $"{at}.powerGoodPin", required: true, pins, file);
        CheckPin(power.ResetPin, $"{at}.resetPin", required: false, pins, file);
        CheckPin(power.DiagnosticPin, $"{at}.diagnosticPin", required: false, pins, file);
        if (power.PressMs is < 1 or > 10_000)
            throw new ProfileException(file, $"{at}.pressMs", $"{power.PressMs} is out of range; expected 1-10000 milliseconds");
        if (power.ForceOffMs <= power.PressMs || power.ForceOffMs > 30_000)
            throw new ProfileException(file, $"{at}.forceOffMs", $"{power.ForceOffMs} is not valid; expected more than pressMs ({power.PressMs}) and at most 30000 milliseconds");
    }

    private static void ValidateRegisterPower(PowerProfile power, string at, string file)
    {
        if (power.On is null)
            throw new ProfileException(file, $"{at}.on", "is missing; expected a register action { \"register\": \"0x30\", \"value\": \"0x01\" }");
        if (power.Off is null)
            throw new ProfileException(file, $"{at}.off", "is missing; expected a register action { \"register\": \"0x30\", \"value\": \"0x00\" }");
        foreach (var (action, name) in new[] { (power.On, "on"), (power.Off, "off"), (power.SoftOff, "softOff"), (power.Reset, "reset"), (power.Diagnostic, "diagnostic") })
        {
            if (action is not null)
                ValidateRegisterAction(action, $"{at}.{name}", file);
        }
        if (power.State is { } state)
            ValidateRegisterRead(state, $"{at}.state", file);
    }

    private static void ValidateIdentify(PlatformProfile profile, string file)
    {
        if (profile.Identify is not { } identify)
            return;
        const string at = "$.identify";
        CheckChip(identify.Chip, $"{at}.chip", file, ChipKind.Pca9555, ChipKind.Register);
        CheckBusReference(profile, identify.Bus, $"{at}.bus", file);
        CheckAddress(identify.Address, $"{at}.address", file);
        if (identify.Chip == ChipKind.Pca9555)
        {
            var pins = new Dictionary<int, string>();
            if (profile.Power is { Chip: ChipKind.Pca9555 } power && power.Bus == identify.Bus && power.Address == identify.Address)
            {
                CheckPin(power.ButtonPin, "$.power.buttonPin", false, pins, file);
                CheckPin(power.PowerGoodPin, "$.power.powerGoodPin", false, pins, file);
                CheckPin(power.ResetPin, "$.power.resetPin", false, pins, file);
                CheckPin(power.DiagnosticPin, "$.power.diagnosticPin", false, pins, file);
            }
            CheckPin(identify.Pin, $"{at}.pin", required: true, pins, file);
            return;
        }
        if (identify.On is null)
            throw new ProfileException(file, $"{at}.on", "is missing; expected a register action { \"register\": \"0x40\", \"value\": \"0x01\" }");
        if (identify.Off is null)
            throw new ProfileException(file, $"{at}.off", "is missing; expected a register action { \"register\": \"0x40\", \"value\": \"0x00\" }");
        ValidateRegisterAction(identify.On, $"{at}.on", file);
        ValidateRegisterAction(identify.Off, $"{at}.off", file);
    }

    private static void ValidateFru(PlatformProfile profile, string file)
    {
        if (profile.Fru is not { } fru)
            return;
        const string at = "$.fru";
        CheckChip(fru.Chip, $"{at}.chip", file, ChipKind.Eeprom24c02, ChipKind.Eeprom24c32);
        CheckBusReference(profile, fru.Bus, $"{at}.bus", file);
        CheckAddress(fru.Address, $"{at}.address", file);
        var capacity = fru.Chip == ChipKind.Eeprom24c02 ? 256 : 4096;
        if (fru.Size is { } size && (size < 8 || size > capacity))
            throw new ProfileException(file, $"{at}.size", $"{size} is out of range; expected 8-{capacity} bytes for a {ChipKindNames.Instance.NameOf(fru.Chip)}");
    }

    /// <summary>PCA9555 pins are 0-15 (port 0 bits 0-7, port 1 bits 0-7 as 8-15); one use per pin.</summary>
    private static void CheckPin(int? pin, string field, bool required, Dictionary<int, string> used, string file)
    {
        if (pin is not { } p)
        {
            if (required)
                throw new ProfileException(file, field, "is missing; expected a PCA9555 pin 0-15");
            return;
        }
        if (p is < 0 or > 15)
            throw new ProfileException(file, field, $"{p} is out of range; expected a PCA9555 pin 0-15");
        if (!used.TryAdd(p, field))
            throw new ProfileException(file, field, $"pin {p} is already used by {used[p]}; expected a different pin");
    }
}
