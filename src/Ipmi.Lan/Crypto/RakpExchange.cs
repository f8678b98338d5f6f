namespace Ipmi.Lan.Crypto;

/// <summary>
/// The values both sides exchanged during RAKP 1-2 that feed every key-exchange authentication code and
/// the session integrity key, IPMI v2.0 §13.31: SIDm / SIDc (the remote console's and the managed
/// system's session IDs), Rm / Rc (their random numbers), GUIDc, ROLEm (the whole RAKP 1 role byte)
/// and UNAMEm.
/// </summary>
public sealed class RakpExchange
{
    public const int RandomLength = 16;
    public const int GuidLength = 16;
    public const int MaxUserNameLength = 16;

    public required uint RemoteConsoleSessionId { get; init; }
    public required uint ManagedSystemSessionId { get; init; }
    public required byte[] RemoteConsoleRandom { get; init; }
    public required byte[] ManagedSystemRandom { get; init; }
    public required byte[] ManagedSystemGuid { get; init; }
    public required byte Role { get; init; }
    public required byte[] UserName { get; init; }
}
