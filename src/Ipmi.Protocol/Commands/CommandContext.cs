namespace Ipmi.Protocol.Commands;

/// <summary>
/// Who is asking: the facts about the caller a command handler may need. Built by the transport
/// (LAN session layer, or an IPMB/SSIF bridge) for each request.
/// </summary>
/// <param name="SessionId">The managed-system session ID, 0 outside a session.</param>
/// <param name="Privilege">The session's current operating privilege level.</param>
/// <param name="UserId">The authenticated user's ID (1-based), 0 when sessionless.</param>
/// <param name="Channel">The channel the request arrived on (§6.3: 1 = the LAN channel here).</param>
public readonly record struct CommandContext(uint SessionId, PrivilegeLevel Privilege, byte UserId, byte Channel)
{
    public static CommandContext Sessionless(byte channel) => new(0, PrivilegeLevel.Unspecified, 0, channel);
}
