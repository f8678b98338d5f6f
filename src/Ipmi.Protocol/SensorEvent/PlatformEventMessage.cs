namespace Ipmi.Protocol.SensorEvent;

/// <summary>
/// Platform Event Message request, IPMI v2.0 §29.3, Table 29-5 (sensor/event netFn, command 0x02);
/// the response carries only the completion code. On the system interface the request starts with a
/// generator ID byte (Figure 29-2); over IPMB and LAN the generator comes from the requester address
/// and the request is the bare 7-byte event (ipmitool 1.8.19 `event` sends 7 bytes over lanplus).
/// </summary>
/// <param name="GeneratorId">The system-interface generator ID, or null for the 7-byte form.</param>
public readonly record struct PlatformEventMessageRequest(byte? GeneratorId, EventMessage Event)
{
    public const byte Command = 0x02;

    public int Length =>
        (GeneratorId is null ? 0 : 1) + // generator ID (system interface only)
        EventMessage.Length;            // EvM rev … event data 3

    /// <summary>Parses the 7-byte (IPMB/LAN) or 8-byte (system interface) form; any other length fails.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out PlatformEventMessageRequest request)
    {
        request = default;
        var withGenerator = data.Length == EventMessage.Length + 1;
        if (data.Length != EventMessage.Length && !withGenerator)
            return false;
        EventMessage.TryParse(withGenerator ? data[1..] : data, out var message);
        request = new PlatformEventMessageRequest(withGenerator ? data[0] : null, message);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        var offset = 0;
        if (GeneratorId is { } generator)
            destination[offset++] = generator;
        return offset + Event.WriteTo(destination[offset..]);
    }
}
