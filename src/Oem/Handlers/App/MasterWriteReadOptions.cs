using Oem.Platform;

namespace Oem.Handlers.App;

/// <summary>One I2C target: bus ID (as in the profile) and 7-bit address.</summary>
public readonly record struct I2cTarget(int Bus, int Address);

/// <summary>Which targets Master Write-Read may reach; null = the profile's own chips.</summary>
public sealed record MasterWriteReadOptions
{
    public IReadOnlyList<I2cTarget>? Allowed { get; init; }

    /// <summary>Every chip the profile names: sensors, power and identify controllers, the FRU EEPROM.</summary>
    public static IReadOnlyList<I2cTarget> ProfileChips(PlatformProfile profile)
    {
        var targets = new HashSet<I2cTarget>();
        foreach (var sensor in profile.Sensors)
            targets.Add(new I2cTarget(sensor.Bus, sensor.Address));
        if (profile.Power is { } power)
            targets.Add(new I2cTarget(power.Bus, power.Address));
        if (profile.Identify is { } identify)
            targets.Add(new I2cTarget(identify.Bus, identify.Address));
        if (profile.Fru is { } fru)
            targets.Add(new I2cTarget(fru.Bus, fru.Address));
        return [.. targets];
    }
}
