namespace Oem.Platform;

/// <summary>Semantic checks that JSON typing alone cannot express; throws on the first problem.</summary>
internal static class ProfileValidator
{
    public static void Validate(PlatformProfile profile, string file)
    {
        if (string.IsNullOrWhiteSpace(profile.Name))
            throw new ProfileException(file, "$.name", "must not be empty; expected a short platform name such as \"demo-1u\"");
        ValidateIdentity(profile.Identity, file);
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
}
