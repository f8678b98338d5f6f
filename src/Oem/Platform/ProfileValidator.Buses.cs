using System.Text.RegularExpressions;

namespace Oem.Platform;

internal static partial class ProfileValidator
{
    private static void ValidateBuses(PlatformProfile profile, string file)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < profile.Buses.Count; i++)
        {
            var bus = profile.Buses[i];
            var at = $"$.buses[{i}]";
            if (bus.Id < 0)
                throw new ProfileException(file, $"{at}.id", $"{bus.Id} is negative; expected a bus number ≥ 0");
            if (!seen.Add(bus.Id))
                throw new ProfileException(file, $"{at}.id", $"bus {bus.Id} is declared twice; expected unique ids");
            if (!bus.IsSimulated && !LinuxDevice().IsMatch(bus.Device))
                throw new ProfileException(file, $"{at}.device", $"'{bus.Device}' is not valid; expected \"/dev/i2c-N\" or \"{BusProfile.SimulatedDevice}\"");
            if (bus.SpeedHz is < 1000 or > 3_400_000)
                throw new ProfileException(file, $"{at}.speedHz", $"{bus.SpeedHz} is out of range; expected 1000-3400000 (100000 for standard mode)");
            if (bus.QueueDepth is < 1 or > 1024)
                throw new ProfileException(file, $"{at}.queueDepth", $"{bus.QueueDepth} is out of range; expected 1-1024");
            if (bus.TimeoutMs is < 1 or > 60_000)
                throw new ProfileException(file, $"{at}.timeoutMs", $"{bus.TimeoutMs} is out of range; expected 1-60000 milliseconds");
            if (bus.Faults.Count > 0 && !bus.IsSimulated)
                throw new ProfileException(file, $"{at}.faults", "faults can only be injected into a simulated bus; expected \"device\": \"simulated\"");
            for (var f = 0; f < bus.Faults.Count; f++)
            {
                if (bus.Faults[f].Address is { } address)
                    CheckAddress(address, $"{at}.faults[{f}].address", file);
                if (bus.Faults[f].AfterBytes is < 0 or > 255)
                    throw new ProfileException(file, $"{at}.faults[{f}].afterBytes", $"{bus.Faults[f].AfterBytes} is out of range; expected 0-255 bytes");
                if (bus.Faults[f].ByteIndex is < 0 or > 255)
                    throw new ProfileException(file, $"{at}.faults[{f}].byteIndex", $"{bus.Faults[f].ByteIndex} is out of range; expected 0-255");
            }
        }
    }

    [GeneratedRegex(@"^/dev/i2c-\d+$")]
    private static partial Regex LinuxDevice();
}
