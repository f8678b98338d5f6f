namespace Ipmi.Protocol.Commands;

/// <summary>
/// A command the server answers, with the least privilege that may run it (IPMI v2.0 Appendix G
/// gives the spec's defaults) and whether it may run outside a session (only the few pre-session
/// commands of §13.14 may).
/// </summary>
public sealed record CommandRegistration(CommandKey Key, PrivilegeLevel MinimumPrivilege, CommandHandler Handler)
{
    /// <summary>Largest response data a handler may write: a LAN payload's practical limit.</summary>
    public const int MaxResponseData = 256;

    public bool SessionlessAllowed { get; init; }

    public CommandRegistration(NetFn netFn, byte command, PrivilegeLevel minimumPrivilege, CommandHandler handler)
        : this(new CommandKey(netFn, command), minimumPrivilege, handler)
    {
    }
}
