namespace Ipmi.Protocol.App;

/// <summary>BMC Global Enables bits, IPMI v2.0 §22.1, Table 22-2 (bit 4 is reserved).</summary>
[Flags]
public enum BmcGlobalEnables : byte
{
    None = 0,
    /// <summary>[0] Receive Message Queue interrupt (system interface; not implemented: the sidecar has none).</summary>
    ReceiveMessageQueueInterrupt = 0x01,
    /// <summary>[1] Event Message Buffer Full interrupt (system interface; not implemented).</summary>
    EventMessageBufferFullInterrupt = 0x02,
    /// <summary>[2] Event Message Buffer (not implemented).</summary>
    EventMessageBuffer = 0x04,
    /// <summary>[3] System Event Logging: events reach the SEL (implemented, on at start-up).</summary>
    SystemEventLogging = 0x08,
    Oem0 = 0x20,
    Oem1 = 0x40,
    Oem2 = 0x80,
}

/// <summary>
/// Set BMC Global Enables request, IPMI v2.0 §22.1, Table 22-2 (App netFn, command 0x2E): the enables byte.
/// The response is the completion code alone.
/// </summary>
public readonly record struct SetBmcGlobalEnablesRequest(BmcGlobalEnables Enables)
{
    public const byte Command = 0x2E;
    public const int Length = 1; // enables

    public static bool TryParse(ReadOnlySpan<byte> data, out SetBmcGlobalEnablesRequest request)
    {
        request = default;
        if (data.Length != Length)
            return false;
        request = new SetBmcGlobalEnablesRequest((BmcGlobalEnables)data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Enables;
        return Length;
    }
}

/// <summary>Get BMC Global Enables response, IPMI v2.0 §22.2, Table 22-3 (App netFn, command 0x2F): the enables byte.</summary>
public readonly record struct GetBmcGlobalEnablesResponse(BmcGlobalEnables Enables)
{
    public const byte Command = 0x2F;
    public const int Length = 1; // enables

    public static bool TryParse(ReadOnlySpan<byte> data, out GetBmcGlobalEnablesResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetBmcGlobalEnablesResponse((BmcGlobalEnables)data[0]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)Enables;
        return Length;
    }
}
