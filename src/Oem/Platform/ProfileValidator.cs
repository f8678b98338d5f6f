namespace Oem.Platform;

/// <summary>Semantic checks that JSON typing alone cannot express; throws on the first problem.</summary>
internal static partial class ProfileValidator
{
    public static void Validate(PlatformProfile profile, string file)
    {
        if (string.IsNullOrWhiteSpace(profile.Name))
            throw new ProfileException(file, "$.name", "must not be empty; expected a short platform name such as \"demo-1u\"");
        ValidateIdentity(profile.Identity, file);
        ValidateBuses(profile, file);
        ValidateNode(profile, file);
        ValidateSensors(profile, file);
        ValidatePower(profile, file);
        ValidateIdentify(profile, file);
        ValidateFru(profile, file);
        ValidateSharedAddresses(profile, file);
    }

    private static void ValidateIdentity(PlatformIdentity identity, string file)
    {
        if (identity.ManufacturerId > 0xFFFFF)
            throw new ProfileException(file, "$.identity.manufacturerId", $"{identity.ManufacturerId} does not fit 20 bits; expected an IANA enterprise number up to 1048575");
        if (identity.DeviceRevision > 0x0F)
            throw new ProfileException(file, "$.identity.deviceRevision", $"{identity.DeviceRevision} is out of range; expected 0-15");
        if (!FirmwareVersionFormat.TryParse(identity.FirmwareVersion, out _, out _))
            throw new ProfileException(file, "$.identity.firmwareVersion", $"'{identity.FirmwareVersion}' is not valid; expected \"major.minor\" with major 0-127 and minor 0-99, e.g. \"1.02\"");
        if (identity.SystemGuid == Guid.Empty)
            throw new ProfileException(file, "$.identity.systemGuid", "is missing or all zeros; expected a GUID such as \"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"");
    }

    private static void ValidateNode(PlatformProfile profile, string file)
    {
        var node = profile.Node;
        if (node.Kind is not (NodeKind.Ipmb or NodeKind.Ssif))
            return;
        if (node.Bus is not { } bus)
            throw new ProfileException(file, "$.node.bus", $"is missing; a {node.Kind.ToString().ToLowerInvariant()} node needs the id of the bus its BMC is on");
        CheckBusReference(profile, bus, "$.node.bus", file);
        if (node.Address is not { } address)
            throw new ProfileException(file, "$.node.address", "is missing; expected the BMC's 7-bit address, e.g. \"0x10\" (8-bit 0x20)");
        CheckAddress(address, "$.node.address", file);
        if (node.OwnAddress is { } own)
            CheckAddress(own, "$.node.ownAddress", file);
        if (profile.Sensors.Count > 0 || profile.Power is not null || profile.Identify is not null || profile.Fru is not null)
            throw new ProfileException(file, "$.node.kind", $"a {node.Kind.ToString().ToLowerInvariant()} node forwards to its BMC; expected no sensors, power, identify or fru sections");
    }

    private static void CheckAddress(int address, string field, string file)
    {
        if (address is < 0x03 or > 0x77)
            throw new ProfileException(file, field, $"0x{address:X2} is not a usable 7-bit I2C address; expected 0x03-0x77 (shift an 8-bit address such as 0xA0 right by one: 0x50)");
    }

    private static void CheckBusReference(PlatformProfile profile, int bus, string field, string file)
    {
        if (profile.FindBus(bus) is null)
            throw new ProfileException(file, field, $"bus {bus} is not declared; expected one of the ids in $.buses ({string.Join(", ", profile.Buses.Select(b => b.Id))})");
    }

    private static void CheckChip(ChipKind chip, string field, string file, params ChipKind[] allowed)
    {
        if (!allowed.Contains(chip))
            throw new ProfileException(file, field, $"'{ChipKindNames.Instance.NameOf(chip)}' cannot do this; expected {string.Join(" or ", allowed.Select(ChipKindNames.Instance.NameOf))}");
    }
}
