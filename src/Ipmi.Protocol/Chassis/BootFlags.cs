namespace Ipmi.Protocol.Chassis;

/// <summary>Boot device selector, IPMI v2.0 §28.13, Table 28-14 parameter 5, data byte 2 bits 5:2.</summary>
public enum BootDevice : byte
{
    NoOverride = 0x0,
    Pxe = 0x1,
    HardDisk = 0x2,
    HardDiskSafeMode = 0x3,
    DiagnosticPartition = 0x4,
    CdDvd = 0x5,
    BiosSetup = 0x6,
    RemoteFloppy = 0x7,
    RemoteCdDvd = 0x8,
    PrimaryRemoteMedia = 0x9,
    RemoteHardDisk = 0xB,
    Floppy = 0xF,
}

/// <summary>
/// The boot flags parameter (5) of Set/Get System Boot Options, IPMI v2.0 §28.13, Table 28-14: five
/// bytes. ipmitool 1.8.19 `chassis bootdev pxe` writes 80 04 00 00 00 (lib/ipmi_chassis.c:
/// valid bit, device selector 0001b in bits 5:2).
/// </summary>
/// <param name="Valid">Byte 1 [7]: the flags are valid.</param>
/// <param name="Persistent">Byte 1 [6]: apply to all future boots, not just the next.</param>
/// <param name="Efi">Byte 1 [5]: boot type EFI rather than PC-compatible (legacy).</param>
/// <param name="Byte2Flags">Byte 2 apart from the device: [7] clear CMOS, [6] lock keyboard, [1] screen blank, [0] lock reset.</param>
/// <param name="Byte3">Byte 3: lock power/sleep, firmware verbosity, progress traps, password bypass, console redirection.</param>
/// <param name="Byte4">Byte 4: BIOS shared mode override and mux control.</param>
/// <param name="DeviceInstance">Byte 5 [4:0]: device instance selector.</param>
public readonly record struct BootFlags(
    bool Valid,
    bool Persistent,
    bool Efi,
    BootDevice Device,
    byte Byte2Flags = 0,
    byte Byte3 = 0,
    byte Byte4 = 0,
    byte DeviceInstance = 0)
{
    public const int Length = 5;

    public static bool TryParse(ReadOnlySpan<byte> data, out BootFlags flags)
    {
        flags = default;
        if (data.Length < Length)
            return false;
        flags = new BootFlags(
            Valid: (data[0] & 0x80) != 0,
            Persistent: (data[0] & 0x40) != 0,
            Efi: (data[0] & 0x20) != 0,
            Device: (BootDevice)((data[1] >> 2) & 0x0F),
            Byte2Flags: (byte)(data[1] & 0xC3),
            Byte3: data[2],
            Byte4: data[3],
            DeviceInstance: (byte)(data[4] & 0x1F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)((Valid ? 0x80 : 0) | (Persistent ? 0x40 : 0) | (Efi ? 0x20 : 0));
        destination[1] = (byte)(Byte2Flags & 0xC3 | ((byte)Device & 0x0F) << 2);
        destination[2] = Byte3;
        destination[3] = Byte4;
        destination[4] = (byte)(DeviceInstance & 0x1F);
        return Length;
    }
}
