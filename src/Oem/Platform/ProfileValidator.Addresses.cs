namespace Oem.Platform;

internal static partial class ProfileValidator
{
    /// <summary>One chip per (bus, address): several sensors may share a chip, but two different chips cannot share an address.</summary>
    private static void ValidateSharedAddresses(PlatformProfile profile, string file)
    {
        var owners = new Dictionary<(int Bus, int Address), (ChipKind Chip, string Field)>();
        for (var i = 0; i < profile.Sensors.Count; i++)
        {
            var s = profile.Sensors[i];
            Claim(owners, s.Bus, s.Address, s.Chip, $"$.sensors[{i}].address", file);
        }
        if (profile.Power is { } power)
            Claim(owners, power.Bus, power.Address, power.Chip, "$.power.address", file);
        if (profile.Identify is { } identify)
            Claim(owners, identify.Bus, identify.Address, identify.Chip, "$.identify.address", file);
        if (profile.Fru is { } fru)
            Claim(owners, fru.Bus, fru.Address, fru.Chip, "$.fru.address", file);
    }

    private static void Claim(Dictionary<(int, int), (ChipKind Chip, string Field)> owners, int bus, int address, ChipKind chip, string field, string file)
    {
        if (!owners.TryGetValue((bus, address), out var owner))
        {
            owners[(bus, address)] = (chip, field);
            return;
        }
        if (owner.Chip != chip)
            throw new ProfileException(file, field, $"bus {bus} address 0x{address:X2} is already a {ChipKindNames.Instance.NameOf(owner.Chip)} ({owner.Field}); expected one chip per address");
    }
}
