namespace Oem.State;

/// <summary>system-info.json: the string system info parameters (IPMI v2.0 §22.14a), keyed by parameter selector.</summary>
public sealed record SystemInfoState
{
    public Dictionary<int, SystemInfoString> Strings { get; init; } = [];
}

/// <summary>One string parameter: its encoding ([3:0] of block 0) and its bytes.</summary>
public sealed record SystemInfoString(byte Encoding, byte[] Bytes);
