namespace Ipmi.Protocol.App;

/// <summary>
/// System info parameter selectors, IPMI v2.0 §22.14a, Table 22-16a. The string parameters (1-7) are
/// split in 16-byte blocks chosen by the set selector: block 0 starts with the encoding ([3:0]: 0 ASCII
/// + Latin-1, 1 UTF-8, 2 Unicode) and the total string length, then 14 string bytes.
/// </summary>
public enum SystemInfoParameter : byte
{
    /// <summary>Data: [1:0] 0 set complete, 1 set in progress, 2 commit write.</summary>
    SetInProgress = 0,
    SystemFirmwareVersion = 1,
    SystemName = 2,
    PrimaryOperatingSystemName = 3,
    OperatingSystemName = 4,
    PresentOsVersionNumber = 5,
    BmcUrl = 6,
    BaseOsHypervisorUrl = 7,
}

/// <summary>
/// Get System Info Parameters request, IPMI v2.0 §22.14b, Table 22-16 (App netFn, command 0x59): [7] get
/// parameter revision only, the parameter selector, set selector and block selector.
/// </summary>
public readonly record struct GetSystemInfoParametersRequest(SystemInfoParameter Parameter, byte SetSelector = 0, byte BlockSelector = 0, bool RevisionOnly = false)
{
    public const byte Command = 0x59;

    public const int Length =
        1 + // [7] get parameter revision only
        1 + // parameter selector
        1 + // set selector
        1;  // block selector

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSystemInfoParametersRequest request)
    {
        request = default;
        if (data.Length < Length)
            return false;
        request = new GetSystemInfoParametersRequest((SystemInfoParameter)data[1], data[2], data[3], (data[0] & 0x80) != 0);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)(RevisionOnly ? 0x80 : 0);
        destination[1] = (byte)Parameter;
        destination[2] = SetSelector;
        destination[3] = BlockSelector;
        return Length;
    }
}

/// <summary>
/// Get System Info Parameters response, IPMI v2.0 §22.14b: the parameter revision (0x11) and the
/// parameter data (for string parameters: the set selector, then 16 bytes). 0x80 = parameter not supported.
/// </summary>
public readonly record struct GetSystemInfoParametersResponse(ReadOnlyMemory<byte> Data, byte Revision = GetSystemInfoParametersResponse.Revision11)
{
    public const byte Revision11 = 0x11;

    public int Length =>
        1 +             // parameter revision
        Data.Length;    // parameter data

    /// <summary>Parses the response; the data is copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out GetSystemInfoParametersResponse response)
    {
        response = default;
        if (data.Length < 1)
            return false;
        response = new GetSystemInfoParametersResponse(data[1..].ToArray(), data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Revision;
        Data.Span.CopyTo(destination[1..]);
        return Length;
    }
}

/// <summary>
/// Set System Info Parameters request, IPMI v2.0 §22.14a, Table 22-15 (App netFn, command 0x58): the
/// parameter selector and its data (for string parameters: set selector, then 16 bytes). The response is
/// the completion code alone (0x80 not supported, 0x81 set already in progress, 0x82 read-only).
/// </summary>
public readonly record struct SetSystemInfoParametersRequest(SystemInfoParameter Parameter, ReadOnlyMemory<byte> Data)
{
    public const byte Command = 0x58;
    /// <summary>String parameters: bytes per set selector block.</summary>
    public const int BlockLength = 16;

    public int Length =>
        1 +             // parameter selector
        Data.Length;    // parameter data

    /// <summary>Parses the request; the data is copied.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out SetSystemInfoParametersRequest request)
    {
        request = default;
        if (data.Length < 1)
            return false;
        request = new SetSystemInfoParametersRequest((SystemInfoParameter)data[0], data[1..].ToArray());
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Parameter;
        Data.Span.CopyTo(destination[1..]);
        return Length;
    }
}
